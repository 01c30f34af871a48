-- Owners' votes and residents' meetings (表决). A vote's electorate is frozen into vote_voter,
-- vote_voter_room and vote_voter_person when it opens; later registry edits never reach it. Areas are
-- integer hundredths of a square metre.

CREATE TABLE vote (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    community_id       BIGINT        NOT NULL,
    proposal_id        BIGINT        NULL,
    title              VARCHAR(100)  NOT NULL,
    question           VARCHAR(2000) NOT NULL,
    option_kind        VARCHAR(12)   NOT NULL,
    options            TEXT          NOT NULL,
    scope_kind         VARCHAR(12)   NOT NULL,
    scope_ids          VARCHAR(4000) NULL,
    electorate_kind    VARCHAR(16)   NOT NULL,
    profile            VARCHAR(20)   NOT NULL,
    rules              VARCHAR(400)  NOT NULL,
    notice_days        INT           NOT NULL,
    opens_at           DATETIME(3)   NOT NULL,
    closes_at          DATETIME(3)   NOT NULL,
    ballots_changeable TINYINT(1)    NOT NULL DEFAULT 0,
    tally_public       TINYINT(1)    NOT NULL DEFAULT 0,
    linked_vote_id     BIGINT        NULL,
    status             VARCHAR(12)   NOT NULL,
    status_reason      VARCHAR(200)  NULL,
    published_at       DATETIME(3)   NULL,
    opened_at          DATETIME(3)   NULL,
    closed_at          DATETIME(3)   NULL,
    result             TEXT          NULL,
    version            INT           NOT NULL DEFAULT 0,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    created_by         BIGINT        NULL,
    PRIMARY KEY (id),
    KEY idx_vote_list (community_id, status, opens_at),
    KEY idx_vote_due (status, opens_at),
    CONSTRAINT fk_vote_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_vote_linked FOREIGN KEY (linked_vote_id) REFERENCES vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One counted voter: the developer's unsold rooms together, one buyer's rooms together, a co-owned
-- room's owners together (owners' votes); a resident aged 18+ or a household (residents' meetings).
CREATE TABLE vote_voter (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    community_id  BIGINT       NOT NULL,
    vote_id       BIGINT       NOT NULL,
    voter_key     VARCHAR(255) NOT NULL,
    area_centi_m2 BIGINT       NOT NULL,
    developer     TINYINT(1)   NOT NULL DEFAULT 0,
    label         VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_vote_voter (vote_id, voter_key),
    CONSTRAINT fk_voter_vote FOREIGN KEY (vote_id) REFERENCES vote (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vote_voter_room (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    community_id  BIGINT      NOT NULL,
    vote_id       BIGINT      NOT NULL,
    voter_id      BIGINT      NOT NULL,
    room_id       BIGINT      NOT NULL,
    building_id   BIGINT      NOT NULL,
    unit_id       BIGINT      NOT NULL,
    label         VARCHAR(80) NOT NULL,
    area_centi_m2 BIGINT      NOT NULL,
    area_source   VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_vote_room (vote_id, room_id),
    KEY idx_vote_room_voter (voter_id),
    CONSTRAINT fk_vote_room_voter FOREIGN KEY (voter_id) REFERENCES vote_voter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The people who may cast a voter's ballot (any one of them): the owners on the title, the resident,
-- or a household's adults.
CREATE TABLE vote_voter_person (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    vote_id      BIGINT      NOT NULL,
    voter_id     BIGINT      NOT NULL,
    resident_id  BIGINT      NOT NULL,
    name         VARCHAR(32) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_vote_person (voter_id, resident_id),
    KEY idx_vote_person_resident (vote_id, resident_id),
    CONSTRAINT fk_vote_person_voter FOREIGN KEY (voter_id) REFERENCES vote_voter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Ballots are append-only. A changed ballot (where the vote allows it) supersedes the earlier one;
-- active_voter holds the voter only on the ballot in force, so a voter has at most one whatever the
-- channel, also under concurrent submissions.
CREATE TABLE vote_ballot (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    community_id    BIGINT       NOT NULL,
    vote_id         BIGINT       NOT NULL,
    voter_id        BIGINT       NOT NULL,
    option_key      VARCHAR(16)  NOT NULL,
    channel         VARCHAR(8)   NOT NULL,
    cast_by         BIGINT       NOT NULL,
    cast_for        BIGINT       NULL,
    proxy_reference VARCHAR(64)  NULL,
    proxy_holder    VARCHAR(32)  NULL,
    reason          VARCHAR(200) NULL,
    cast_at         DATETIME(3)  NOT NULL,
    superseded_at   DATETIME(3)  NULL,
    active_voter    BIGINT AS (CASE WHEN superseded_at IS NULL THEN voter_id END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ballot_active (vote_id, active_voter),
    KEY idx_ballot_voter (voter_id),
    CONSTRAINT fk_ballot_voter FOREIGN KEY (voter_id) REFERENCES vote_voter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
