-- Binding WeChat accounts to registered residents (a verified resident is one with a user_id).
ALTER TABLE resident ADD COLUMN user_id BIGINT NULL;
ALTER TABLE resident ADD CONSTRAINT uk_resident_user UNIQUE (community_id, user_id);

CREATE TABLE household_claim (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    room_id      BIGINT       NOT NULL,
    name         VARCHAR(32)  NOT NULL,
    phone        VARCHAR(128) NOT NULL,
    phone_bidx   CHAR(32)     NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    resident_id  BIGINT       NULL,
    version      INT          NOT NULL DEFAULT 0,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    created_by   BIGINT       NULL,
    PRIMARY KEY (id),
    KEY idx_claim_status (community_id, status, id),
    CONSTRAINT fk_claim_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
