-- WeChat one-time subscribe messages: each "accept" in the mini program lets us send one message
-- of that template to that user.
CREATE TABLE subscription_credit (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    template_id VARCHAR(64) NOT NULL,
    credits     INT         NOT NULL DEFAULT 0,
    created_at  DATETIME(3) NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    created_by  BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_subscription_credit (user_id, template_id),
    CONSTRAINT fk_subscription_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
