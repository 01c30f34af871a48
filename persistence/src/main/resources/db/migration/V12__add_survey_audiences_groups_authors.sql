-- Surveys: audiences from the registry, one answer per household, coarse groups of anonymous
-- responses, and volunteers allowed to build surveys.

-- Chosen places of BUILDINGS, OWNERS and HOUSEHOLDS audiences, as comma-separated ids.
ALTER TABLE survey
    ADD COLUMN building_ids VARCHAR(4000) NULL,
    ADD COLUMN unit_ids     VARCHAR(4000) NULL;

-- Participation side only: the household a HOUSEHOLDS survey was answered for. The unique key makes
-- the second of two concurrent submits from one household fail (NULLs of other audiences do not
-- collide).
ALTER TABLE survey_participation
    ADD COLUMN household_id BIGINT NULL,
    ADD CONSTRAINT uk_participation_household UNIQUE (survey_id, household_id);

-- Response side, anonymous surveys only: coarse attributes captured at submit time so results can
-- be grouped without a link to the person (no user, resident, household, room or unit, no time).
ALTER TABLE survey_response
    ADD COLUMN building_id    BIGINT      NULL,
    ADD COLUMN age_band       VARCHAR(16) NULL,
    ADD COLUMN residence_kind VARCHAR(16) NULL;

-- Volunteers a staff member allowed to build surveys (one row per volunteer and community).
CREATE TABLE survey_author (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    created_by   BIGINT      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_survey_author (community_id, user_id),
    CONSTRAINT fk_survey_author_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
