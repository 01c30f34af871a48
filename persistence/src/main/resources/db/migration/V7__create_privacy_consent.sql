-- Which privacy notice version each user accepted, and when (PIPL Art. 13-17; privacy notes item 8).
CREATE TABLE privacy_consent (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    version     VARCHAR(16) NOT NULL,
    accepted_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_privacy_consent (user_id, version),
    CONSTRAINT fk_privacy_consent_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
