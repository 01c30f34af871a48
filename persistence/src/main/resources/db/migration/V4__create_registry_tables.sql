-- Resident registry (居民数据). ID numbers, phones and notes are stored encrypted by the application
-- (AES-256-GCM, "v1:<keyId>:<base64>"); *_bidx columns hold keyed HMAC blind indexes for equality
-- search and de-duplication. Areas are integer hundredths of a square metre.

CREATE TABLE building (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    name         VARCHAR(32) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_building_name (community_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE building_unit (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    building_id  BIGINT      NOT NULL,
    name         VARCHAR(32) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_unit_name (building_id, name),
    CONSTRAINT fk_unit_building FOREIGN KEY (building_id) REFERENCES building (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE room (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    community_id     BIGINT      NOT NULL,
    building_id      BIGINT      NOT NULL,
    unit_id          BIGINT      NOT NULL,
    number           VARCHAR(16) NOT NULL,
    floor            INT         NULL,
    area_centi_m2    BIGINT      NOT NULL,
    area_source      VARCHAR(16) NOT NULL,
    developer_unsold TINYINT(1)  NOT NULL DEFAULT 0,
    created_at       DATETIME(3) NOT NULL,
    updated_at       DATETIME(3) NOT NULL,
    created_by       BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_room_number (unit_id, number),
    CONSTRAINT fk_room_unit FOREIGN KEY (unit_id) REFERENCES building_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE household (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    room_id      BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    KEY idx_household_room (room_id),
    CONSTRAINT fk_household_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resident (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    community_id    BIGINT       NOT NULL,
    household_id    BIGINT       NULL,
    name            VARCHAR(32)  NOT NULL,
    gender          VARCHAR(8)   NULL,
    birth_date      DATE         NULL,
    id_number       VARCHAR(128) NULL,
    id_number_bidx  CHAR(32)     NULL,
    phone           VARCHAR(128) NULL,
    phone_bidx      CHAR(32)     NULL,
    relation        VARCHAR(16)  NOT NULL,
    residence_kind  VARCHAR(16)  NOT NULL,
    move_in_date    DATE         NULL,
    move_out_date   DATE         NULL,
    tags            VARCHAR(255) NULL,
    notes           TEXT         NULL,
    guardian_id     BIGINT       NULL,
    version         INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    created_by      BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_resident_id_number (community_id, id_number_bidx),
    KEY idx_resident_phone (community_id, phone_bidx),
    KEY idx_resident_household (household_id),
    KEY idx_resident_name (community_id, name),
    CONSTRAINT fk_resident_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ownership (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    room_id      BIGINT      NOT NULL,
    resident_id  BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ownership (room_id, resident_id),
    CONSTRAINT fk_ownership_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_ownership_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
