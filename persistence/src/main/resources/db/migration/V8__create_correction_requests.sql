-- Residents' requests to correct their registry data (PIPL Art. 46); staff answer within 30 days.
CREATE TABLE correction_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    community_id   BIGINT        NOT NULL,
    resident_id    BIGINT        NOT NULL,
    user_id        BIGINT        NOT NULL,
    field          VARCHAR(32)   NOT NULL,
    proposed_value VARCHAR(600)  NULL,
    note           VARCHAR(500)  NULL,
    status         VARCHAR(16)   NOT NULL,
    due_date       DATE          NOT NULL,
    outcome_note   VARCHAR(500)  NULL,
    resolved_by    BIGINT        NULL,
    resolved_at    DATETIME(3)   NULL,
    version        INT           NOT NULL DEFAULT 0,
    created_at     DATETIME(3)   NOT NULL,
    updated_at     DATETIME(3)   NOT NULL,
    created_by     BIGINT        NULL,
    PRIMARY KEY (id),
    KEY idx_correction_status (community_id, status, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
