-- Unmasked exports of the registry need a second data admin's approval (GB/T 35273 §7.1).
CREATE TABLE export_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    requested_by BIGINT       NOT NULL,
    approved_by  BIGINT       NULL,
    reason       VARCHAR(200) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    expires_at   DATETIME(3)  NULL,
    used_at      DATETIME(3)  NULL,
    version      INT          NOT NULL DEFAULT 0,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    created_by   BIGINT       NULL,
    PRIMARY KEY (id),
    KEY idx_export_request (community_id, status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
