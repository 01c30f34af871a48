-- Platform foundation: users, communities, membership and roles, API tokens, audit log, moderation.
-- MySQL 8 dialect that also runs on MariaDB 10.11+.

CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    openid           VARCHAR(64)  NOT NULL,
    unionid          VARCHAR(64)  NULL,
    nickname         VARCHAR(64)  NULL,
    pending_nickname VARCHAR(64)  NULL,
    platform_admin   TINYINT(1)   NOT NULL DEFAULT 0,
    last_login_at    DATETIME(3)  NULL,
    version          INT          NOT NULL DEFAULT 0,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    created_by       BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_openid (openid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE community (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    name       VARCHAR(64) NOT NULL,
    district   VARCHAR(64) NULL,
    created_at DATETIME(3) NOT NULL,
    updated_at DATETIME(3) NOT NULL,
    created_by BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_community_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE community_member (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    verified     TINYINT(1)  NOT NULL DEFAULT 0,
    version      INT         NOT NULL DEFAULT 0,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_community_user (community_id, user_id),
    KEY idx_member_user (user_id),
    CONSTRAINT fk_member_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member_role (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    role         VARCHAR(16) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_role (community_id, user_id, role),
    KEY idx_member_role_user (user_id),
    CONSTRAINT fk_member_role_member FOREIGN KEY (community_id, user_id)
        REFERENCES community_member (community_id, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    scopes       VARCHAR(64)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    revoked_at   DATETIME(3)  NULL,
    last_used_at DATETIME(3)  NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    created_by   BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_token_hash (token_hash),
    KEY idx_api_token_user (community_id, user_id),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only, hash-chained per community (community_id 0 holds platform-wide events).
CREATE TABLE audit_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    community_id BIGINT        NOT NULL,
    seq          BIGINT        NOT NULL,
    occurred_at  DATETIME(3)   NOT NULL,
    actor_id     BIGINT        NULL,
    actor_role   VARCHAR(32)   NULL,
    action       VARCHAR(64)   NOT NULL,
    subject_type VARCHAR(32)   NULL,
    subject_id   VARCHAR(64)   NULL,
    detail       VARCHAR(1000) NULL,
    ip           VARCHAR(64)   NULL,
    request_id   VARCHAR(64)   NULL,
    prev_hash    CHAR(64)      NOT NULL,
    hash         CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_audit_seq (community_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    community_id BIGINT   NOT NULL,
    last_seq     BIGINT   NOT NULL,
    last_hash    CHAR(64) NOT NULL,
    PRIMARY KEY (community_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE moderation_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    community_id  BIGINT        NOT NULL,
    content_type  VARCHAR(32)   NOT NULL,
    content_id    VARCHAR(64)   NOT NULL,
    author_id     BIGINT        NOT NULL,
    text          VARCHAR(2500) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    reason        VARCHAR(32)   NOT NULL,
    label         INT           NULL,
    report_count  INT           NOT NULL DEFAULT 0,
    decided_by    BIGINT        NULL,
    decided_at    DATETIME(3)   NULL,
    decision_note VARCHAR(200)  NULL,
    version       INT           NOT NULL DEFAULT 0,
    created_at    DATETIME(3)   NOT NULL,
    updated_at    DATETIME(3)   NOT NULL,
    created_by    BIGINT        NULL,
    PRIMARY KEY (id),
    KEY idx_moderation_status (community_id, status, id),
    KEY idx_moderation_content (community_id, content_type, content_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_report (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    content_type VARCHAR(32)  NOT NULL,
    content_id   VARCHAR(64)  NOT NULL,
    reporter_id  BIGINT       NOT NULL,
    reason       VARCHAR(200) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    created_by   BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_once (community_id, content_type, content_id, reporter_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
