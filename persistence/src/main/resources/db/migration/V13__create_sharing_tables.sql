-- Neighbour sharing: time-bank limits per community, skill categories, posts and exchanges, and
-- suspensions from posting. The ledger itself is V9's (one ledger for volunteer hours and help).

-- Balance limits of residents' accounts, in minutes. The community's own account has none.
CREATE TABLE timebank_settings (
    community_id        BIGINT      NOT NULL,
    min_balance_minutes INT         NOT NULL DEFAULT -600,
    max_balance_minutes INT         NOT NULL DEFAULT 6000,
    created_at          DATETIME(3) NOT NULL,
    updated_at          DATETIME(3) NOT NULL,
    created_by          BIGINT      NULL,
    PRIMARY KEY (community_id),
    CONSTRAINT fk_timebank_settings_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE skill_category (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    name         VARCHAR(20) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_skill_category (community_id, name),
    CONSTRAINT fk_skill_category_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- status: HELD (waits for a moderator, visible to its author), PUBLISHED, HIDDEN (taken down),
-- CLOSED (by its author).
CREATE TABLE skill_post (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    community_id  BIGINT       NOT NULL,
    author_id     BIGINT       NOT NULL,
    kind          VARCHAR(8)   NOT NULL,
    category_id   BIGINT       NOT NULL,
    title         VARCHAR(40)  NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    availability  VARCHAR(100) NULL,
    place         VARCHAR(40)  NULL,
    price_minutes INT          NULL,
    status        VARCHAR(12)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    created_by    BIGINT       NULL,
    PRIMARY KEY (id),
    KEY idx_skill_post_list (community_id, status, id),
    KEY idx_skill_post_author (community_id, author_id, id),
    CONSTRAINT fk_skill_post_category FOREIGN KEY (category_id) REFERENCES skill_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One exchange of help on a post between its helper and its receiver. status: PROPOSED, ACCEPTED,
-- DECLINED, CANCELLED, COMPLETED. The hours move in transfer_id when it completes. A thank-you
-- note content security did not pass outright is held: seen by its writer and staff only.
CREATE TABLE skill_exchange (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    community_id          BIGINT       NOT NULL,
    post_id               BIGINT       NOT NULL,
    proposer_id           BIGINT       NOT NULL,
    helper_id             BIGINT       NOT NULL,
    receiver_id           BIGINT       NOT NULL,
    minutes               INT          NOT NULL,
    message               VARCHAR(200) NULL,
    status                VARCHAR(12)  NOT NULL,
    helper_confirmed_at   DATETIME(3)  NULL,
    receiver_confirmed_at DATETIME(3)  NULL,
    helper_shares_phone   TINYINT(1)   NOT NULL DEFAULT 0,
    receiver_shares_phone TINYINT(1)   NOT NULL DEFAULT 0,
    transfer_id           BIGINT       NULL,
    completed_at          DATETIME(3)  NULL,
    helper_thanks         VARCHAR(100) NULL,
    helper_thanks_held    TINYINT(1)   NOT NULL DEFAULT 0,
    receiver_thanks       VARCHAR(100) NULL,
    receiver_thanks_held  TINYINT(1)   NOT NULL DEFAULT 0,
    version               INT          NOT NULL DEFAULT 0,
    created_at            DATETIME(3)  NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    created_by            BIGINT       NULL,
    PRIMARY KEY (id),
    KEY idx_exchange_post (post_id),
    KEY idx_exchange_helper (community_id, helper_id, id),
    KEY idx_exchange_receiver (community_id, receiver_id, id),
    KEY idx_exchange_due (status, helper_confirmed_at, receiver_confirmed_at),
    CONSTRAINT fk_exchange_post FOREIGN KEY (post_id) REFERENCES skill_post (id),
    CONSTRAINT fk_exchange_transfer FOREIGN KEY (transfer_id) REFERENCES ledger_transfer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A resident suspended from posting until a time, by staff.
CREATE TABLE sharing_suspension (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    until_at     DATETIME(3)  NOT NULL,
    reason       VARCHAR(200) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    created_by   BIGINT       NULL,
    PRIMARY KEY (id),
    KEY idx_suspension_user (community_id, user_id, until_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Goods to give away or lend (物资共享). owner_id is NULL for the community's own lending library.
-- status: HELD (waits for a moderator), AVAILABLE, LENT, TAKEN (given away), HIDDEN.
CREATE TABLE goods_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    community_id    BIGINT        NOT NULL,
    owner_id        BIGINT        NULL,
    mode            VARCHAR(8)    NOT NULL,
    title           VARCHAR(40)   NOT NULL,
    description     VARCHAR(500)  NULL,
    item_condition  VARCHAR(100)  NULL,
    pickup_building VARCHAR(40)   NULL,
    photo_urls      VARCHAR(2100) NULL,
    status          VARCHAR(12)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    created_by      BIGINT        NULL,
    PRIMARY KEY (id),
    KEY idx_goods_list (community_id, status, id),
    KEY idx_goods_owner (community_id, owner_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Requests for an item, served in id order. status: WAITING, CHOSEN (given), LENT, RETURNED,
-- DECLINED, CANCELLED.
CREATE TABLE goods_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    item_id      BIGINT       NOT NULL,
    requester_id BIGINT       NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    starts_on    DATE         NULL,
    due_on       DATE         NULL,
    message      VARCHAR(200) NULL,
    return_note  VARCHAR(200) NULL,
    returned_at  DATETIME(3)  NULL,
    version      INT          NOT NULL DEFAULT 0,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    created_by   BIGINT       NULL,
    PRIMARY KEY (id),
    KEY idx_goods_request_item (item_id, id),
    KEY idx_goods_request_due (status, due_on),
    CONSTRAINT fk_goods_request_item FOREIGN KEY (item_id) REFERENCES goods_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
