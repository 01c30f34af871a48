-- Surveys. For anonymous surveys, survey_participation (who answered) and survey_response (what was
-- answered) share no id, no ordering and no timestamp: responses get a random UUID key and no time.

CREATE TABLE survey (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    community_id    BIGINT        NOT NULL,
    title           VARCHAR(100)  NOT NULL,
    description     VARCHAR(2000) NULL,
    status          VARCHAR(16)   NOT NULL,
    anonymity       VARCHAR(16)   NOT NULL,
    audience        VARCHAR(16)   NOT NULL,
    opens_at        DATETIME(3)   NULL,
    closes_at       DATETIME(3)   NULL,
    quota           INT           NULL,
    current_version INT           NOT NULL,
    response_count  BIGINT        NOT NULL DEFAULT 0,
    version         INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    created_by      BIGINT        NULL,
    PRIMARY KEY (id),
    KEY idx_survey_status (community_id, status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_version (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    survey_id    BIGINT      NOT NULL,
    version_no   INT         NOT NULL,
    definition   MEDIUMTEXT  NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_survey_version (survey_id, version_no),
    CONSTRAINT fk_survey_version_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who answered (never what). Day precision only.
CREATE TABLE survey_participation (
    id           BIGINT NOT NULL AUTO_INCREMENT,
    community_id BIGINT NOT NULL,
    survey_id    BIGINT NOT NULL,
    user_id      BIGINT NOT NULL,
    answered_on  DATE   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_participation (survey_id, user_id),
    CONSTRAINT fk_participation_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was answered. respondent_id is set for named surveys only.
CREATE TABLE survey_response (
    id            CHAR(36)   NOT NULL,
    community_id  BIGINT     NOT NULL,
    survey_id     BIGINT     NOT NULL,
    version_no    INT        NOT NULL,
    respondent_id BIGINT     NULL,
    answers       MEDIUMTEXT NOT NULL,
    PRIMARY KEY (id),
    KEY idx_response_survey (survey_id, version_no, id),
    CONSTRAINT fk_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Unfinished answers; deleted when the response is submitted.
CREATE TABLE survey_draft (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    survey_id    BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    answers      MEDIUMTEXT  NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_survey_draft (survey_id, user_id),
    CONSTRAINT fk_draft_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
