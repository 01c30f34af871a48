-- Care tags (关爱标签) are data of each community: staff keep the list, residents' tags come from it.
-- resident.tags keeps the tag names (comma-separated) so search and statistics read one column;
-- a rename rewrites them. A community's list is seeded with defaults (and the tags its residents
-- already carry) the first time it is read.
CREATE TABLE care_tag (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    name         VARCHAR(16) NOT NULL,
    retired      TINYINT(1)  NOT NULL DEFAULT 0,
    version      INT         NOT NULL DEFAULT 0,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_care_tag_name (community_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Restricted processing (PIPL Art. 44, 47): the record stays stored but is left out of every use.
-- Masked display forms of the ID number and phone (not personal data on their own: first 4 + last 4,
-- first 3 + last 4) spare the export a decryption per row; rows written before this migration get
-- them from the key rotation command, and the export decrypts where they are missing.
ALTER TABLE resident
    ADD COLUMN restricted_at     DATETIME(3)  NULL,
    ADD COLUMN restricted_by     BIGINT       NULL,
    ADD COLUMN restricted_reason VARCHAR(200) NULL,
    ADD COLUMN id_number_masked  VARCHAR(32)  NULL,
    ADD COLUMN phone_masked      VARCHAR(16)  NULL;
