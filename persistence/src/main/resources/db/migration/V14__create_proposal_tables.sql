-- Deliberation (议事): residents' proposals, their supporters, comments and the public timeline of
-- every state change.

-- A missing row means the defaults (10 supporters).
CREATE TABLE proposal_settings (
    community_id      BIGINT      NOT NULL,
    support_threshold INT         NOT NULL DEFAULT 10,
    created_at        DATETIME(3) NOT NULL,
    updated_at        DATETIME(3) NOT NULL,
    created_by        BIGINT      NULL,
    PRIMARY KEY (community_id),
    CONSTRAINT fk_proposal_settings_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- support_threshold is the community's threshold when the proposal was raised, so a later change of
-- the setting never moves a running proposal. support_count is kept in the transaction that inserts
-- or deletes a proposal_support row, with the proposal row locked.
CREATE TABLE proposal (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    community_id      BIGINT        NOT NULL,
    author_id         BIGINT        NOT NULL,
    title             VARCHAR(60)   NOT NULL,
    body              VARCHAR(5000) NOT NULL,
    attachments       TEXT          NULL,
    status            VARCHAR(16)   NOT NULL,
    status_reason     VARCHAR(200)  NULL,
    merged_into_id    BIGINT        NULL,
    vote_id           BIGINT        NULL,
    support_threshold INT           NOT NULL,
    support_count     INT           NOT NULL DEFAULT 0,
    comment_count     INT           NOT NULL DEFAULT 0,
    submitted_at      DATETIME(3)   NULL,
    decided_at        DATETIME(3)   NULL,
    version           INT           NOT NULL DEFAULT 0,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    created_by        BIGINT        NULL,
    PRIMARY KEY (id),
    KEY idx_proposal_status (community_id, status, id),
    KEY idx_proposal_support (community_id, support_count, id),
    KEY idx_proposal_author (community_id, author_id, id),
    CONSTRAINT fk_proposal_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One support per resident and proposal, whatever the number of concurrent taps.
CREATE TABLE proposal_support (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    proposal_id  BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_proposal_support (proposal_id, user_id),
    KEY idx_support_user (community_id, user_id),
    CONSTRAINT fk_support_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public timeline: one row per state change, never edited.
CREATE TABLE proposal_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    proposal_id  BIGINT       NOT NULL,
    from_status  VARCHAR(16)  NULL,
    to_status    VARCHAR(16)  NOT NULL,
    actor_role   VARCHAR(16)  NOT NULL,
    reason       VARCHAR(200) NULL,
    related_id   BIGINT       NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    created_by   BIGINT       NULL,
    PRIMARY KEY (id),
    KEY idx_event_proposal (proposal_id, id),
    CONSTRAINT fk_event_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Comments, threaded one level: parent_id is a top-level comment or NULL. status: VISIBLE, HELD
-- (waiting for a moderator; only its author sees it) or HIDDEN (taken down; shown as hidden).
CREATE TABLE proposal_comment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    community_id BIGINT        NOT NULL,
    proposal_id  BIGINT        NOT NULL,
    parent_id    BIGINT        NULL,
    author_id    BIGINT        NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    reply_count  INT           NOT NULL DEFAULT 0,
    version      INT           NOT NULL DEFAULT 0,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    created_by   BIGINT        NULL,
    PRIMARY KEY (id),
    KEY idx_comment_thread (proposal_id, parent_id, id),
    CONSTRAINT fk_comment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES proposal_comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
