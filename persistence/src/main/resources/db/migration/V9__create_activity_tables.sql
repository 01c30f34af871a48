-- Activities and sign-ups, the volunteer-hours ledger (shared with the time bank) and the outbox of
-- subscribe messages.

CREATE TABLE activity_settings (
    community_id               BIGINT      NOT NULL,
    volunteer_needs_approval   TINYINT(1)  NOT NULL DEFAULT 1,
    no_show_limit              INT         NOT NULL DEFAULT 0,
    no_show_window_days        INT         NOT NULL DEFAULT 90,
    created_at                 DATETIME(3) NOT NULL,
    updated_at                 DATETIME(3) NOT NULL,
    created_by                 BIGINT      NULL,
    PRIMARY KEY (community_id),
    CONSTRAINT fk_activity_settings_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- seats_taken / waitlist_taken are kept by conditional updates in the sign-up transaction and can
-- be recounted from activity_signup at any time (reconcile).
CREATE TABLE activity (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    community_id         BIGINT        NOT NULL,
    organiser_id         BIGINT        NOT NULL,
    title                VARCHAR(60)   NOT NULL,
    description          VARCHAR(2000) NULL,
    kind                 VARCHAR(16)   NOT NULL,
    place                VARCHAR(100)  NOT NULL,
    starts_at            DATETIME(3)   NOT NULL,
    ends_at              DATETIME(3)   NOT NULL,
    signup_opens_at      DATETIME(3)   NOT NULL,
    signup_closes_at     DATETIME(3)   NOT NULL,
    cancel_deadline      DATETIME(3)   NOT NULL,
    capacity             INT           NOT NULL,
    seats_taken          INT           NOT NULL DEFAULT 0,
    waitlist_enabled     TINYINT(1)    NOT NULL DEFAULT 0,
    waitlist_limit       INT           NOT NULL DEFAULT 0,
    waitlist_taken       INT           NOT NULL DEFAULT 0,
    waitlist_seq         BIGINT        NOT NULL DEFAULT 0,
    max_seats_per_signup INT           NOT NULL DEFAULT 1,
    audience             VARCHAR(16)   NOT NULL,
    building_ids         VARCHAR(4000) NULL,
    min_age              INT           NULL,
    max_age              INT           NULL,
    extra_fields         TEXT          NULL,
    status               VARCHAR(20)   NOT NULL,
    status_reason        VARCHAR(200)  NULL,
    checkin_secret       CHAR(64)      NOT NULL,
    version              INT           NOT NULL DEFAULT 0,
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    created_by           BIGINT        NULL,
    PRIMARY KEY (id),
    KEY idx_activity_browse (community_id, status, starts_at),
    KEY idx_activity_starts (status, starts_at),
    CONSTRAINT fk_activity_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per sign-up attempt that got a seat or a waitlist place. active_user is set only while
-- the sign-up holds a seat or a place, so one resident holds at most one per activity, whatever
-- the path; cancelled rows stay as history.
CREATE TABLE activity_signup (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    community_id     BIGINT      NOT NULL,
    activity_id      BIGINT      NOT NULL,
    user_id          BIGINT      NOT NULL,
    status           VARCHAR(12) NOT NULL,
    seats            INT         NOT NULL,
    waitlist_seq     BIGINT      NULL,
    first_position   INT         NULL,
    extra            TEXT        NULL,
    idempotency_key  VARCHAR(64) NOT NULL,
    request_hash     CHAR(64)    NOT NULL,
    checked_in_at    DATETIME(3) NULL,
    no_show          TINYINT(1)  NOT NULL DEFAULT 0,
    promoted_at      DATETIME(3) NULL,
    cancelled_at     DATETIME(3) NULL,
    active_user      BIGINT AS (CASE WHEN status IN ('CONFIRMED', 'WAITLISTED') THEN user_id END) STORED,
    created_at       DATETIME(3) NOT NULL,
    updated_at       DATETIME(3) NOT NULL,
    created_by       BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_signup_active (activity_id, active_user),
    UNIQUE KEY uk_signup_idempotency (activity_id, user_id, idempotency_key),
    KEY idx_signup_list (activity_id, status, id),
    KEY idx_signup_waitlist (activity_id, status, waitlist_seq),
    KEY idx_signup_user (user_id, activity_id),
    CONSTRAINT fk_signup_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Time-bank ledger: double entry. Every transfer has movements summing to zero; balances are the
-- sum of an account's movements and are never stored or edited.
CREATE TABLE ledger_account (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    owner_kind   VARCHAR(12) NOT NULL,
    owner_id     BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ledger_account (community_id, owner_kind, owner_id),
    CONSTRAINT fk_ledger_account_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_transfer (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    community_id BIGINT       NOT NULL,
    kind         VARCHAR(24)  NOT NULL,
    activity_id  BIGINT       NULL,
    note         VARCHAR(200) NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    created_by   BIGINT       NULL,
    PRIMARY KEY (id),
    KEY idx_transfer_activity (activity_id),
    KEY idx_transfer_time (community_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_movement (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    community_id   BIGINT      NOT NULL,
    transfer_id    BIGINT      NOT NULL,
    account_id     BIGINT      NOT NULL,
    amount_minutes INT         NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_movement_account (account_id, id),
    KEY idx_movement_transfer (transfer_id),
    CONSTRAINT fk_movement_transfer FOREIGN KEY (transfer_id) REFERENCES ledger_transfer (id),
    CONSTRAINT fk_movement_account FOREIGN KEY (account_id) REFERENCES ledger_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Volunteer hours credited for an activity: at most once per person and activity.
CREATE TABLE activity_service (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    activity_id  BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    minutes      INT         NOT NULL,
    transfer_id  BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_activity_service (activity_id, user_id),
    KEY idx_service_user (community_id, user_id, id),
    CONSTRAINT fk_service_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_service_transfer FOREIGN KEY (transfer_id) REFERENCES ledger_transfer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Subscribe messages to send, claimed by one instance at a time. dedupe_key makes each message
-- (e.g. the reminder of one sign-up) exist once; a row is sent at most once.
CREATE TABLE notice_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    community_id    BIGINT       NOT NULL,
    user_id         BIGINT       NOT NULL,
    purpose         VARCHAR(32)  NOT NULL,
    dedupe_key      VARCHAR(128) NOT NULL,
    page            VARCHAR(200) NULL,
    data            TEXT         NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)  NOT NULL,
    claimed_by      VARCHAR(64)  NULL,
    claimed_until   DATETIME(3)  NULL,
    outcome         VARCHAR(32)  NULL,
    sent_at         DATETIME(3)  NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outbox_dedupe (dedupe_key),
    KEY idx_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
