-- Times are epoch milliseconds (UTC) plus the offset in seconds the record was written with.
-- Identity keys are 16 bytes: 8 bytes of start second (big-endian, so a time-ordered import appends to the
-- index) and 8 bytes of hash over type, end, canonical value and normalized source name.

CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    admin         BOOLEAN NOT NULL DEFAULT FALSE,
    settings      TEXT    NOT NULL DEFAULT '{}',
    created_at    BIGINT  NOT NULL
);

CREATE TABLE api_keys (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    prefix       TEXT    NOT NULL,
    key_hash     TEXT    NOT NULL UNIQUE,
    created_at   BIGINT  NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE INDEX ix_api_keys_user ON api_keys (user_id);

CREATE TABLE health_types (
    id         INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    identifier TEXT NOT NULL UNIQUE
);

-- Empty strings instead of NULL keep the unique constraints meaningful: NULLs never conflict.
CREATE TABLE sources (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name      TEXT   NOT NULL,
    bundle_id TEXT   NOT NULL,
    version   TEXT   NOT NULL,
    UNIQUE (user_id, name, bundle_id, version)
);

CREATE TABLE devices (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id          BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name             TEXT   NOT NULL,
    manufacturer     TEXT   NOT NULL,
    model            TEXT   NOT NULL,
    hardware_version TEXT   NOT NULL,
    software_version TEXT   NOT NULL,
    UNIQUE (user_id, name, manufacturer, model, hardware_version, software_version)
);

-- The one table of millions of rows: its references (user, type, source, device) are assigned by the writer from
-- rows it created, so they are not checked per row as foreign keys; that check halves PostgreSQL's insert rate.
CREATE TABLE samples (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id        BIGINT  NOT NULL,
    identity_key   BYTEA    NOT NULL,
    uuid           TEXT,
    type_id        INTEGER NOT NULL,
    value          DOUBLE PRECISION,
    unit           TEXT,
    text_value     TEXT,
    original_value DOUBLE PRECISION,
    original_unit  TEXT,
    start_ms       BIGINT  NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_ms         BIGINT  NOT NULL,
    end_offset     INTEGER NOT NULL,
    source_id      BIGINT,
    device_id      BIGINT,
    metadata       TEXT
);
CREATE UNIQUE INDEX ux_samples_identity ON samples (user_id, identity_key);
CREATE UNIQUE INDEX ux_samples_uuid ON samples (user_id, uuid) WHERE uuid IS NOT NULL;
CREATE INDEX ix_samples_type_time ON samples (user_id, type_id, start_ms);

CREATE TABLE workouts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    identity_key  BYTEA    NOT NULL,
    uuid          TEXT,
    activity_type TEXT    NOT NULL,
    start_ms      BIGINT  NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_ms        BIGINT  NOT NULL,
    end_offset    INTEGER NOT NULL,
    duration_s    DOUBLE PRECISION,
    source_id     BIGINT  REFERENCES sources (id),
    device_id     BIGINT  REFERENCES devices (id),
    metadata      TEXT
);
CREATE UNIQUE INDEX ux_workouts_identity ON workouts (user_id, identity_key);
CREATE UNIQUE INDEX ux_workouts_uuid ON workouts (user_id, uuid) WHERE uuid IS NOT NULL;
CREATE INDEX ix_workouts_time ON workouts (user_id, start_ms);

CREATE TABLE workout_statistics (
    workout_id BIGINT NOT NULL REFERENCES workouts (id) ON DELETE CASCADE,
    type       TEXT   NOT NULL,
    sum_value  DOUBLE PRECISION,
    min_value  DOUBLE PRECISION,
    avg_value  DOUBLE PRECISION,
    max_value  DOUBLE PRECISION,
    unit       TEXT,
    PRIMARY KEY (workout_id, type)
);

CREATE TABLE workout_events (
    workout_id  BIGINT  NOT NULL REFERENCES workouts (id) ON DELETE CASCADE,
    type        TEXT    NOT NULL,
    date_ms     BIGINT  NOT NULL,
    date_offset INTEGER NOT NULL,
    duration_s  DOUBLE PRECISION,
    metadata    TEXT,
    PRIMARY KEY (workout_id, type, date_ms)
);

CREATE TABLE route_points (
    workout_id          BIGINT           NOT NULL REFERENCES workouts (id) ON DELETE CASCADE,
    time_ms             BIGINT           NOT NULL,
    latitude            DOUBLE PRECISION NOT NULL,
    longitude           DOUBLE PRECISION NOT NULL,
    altitude            DOUBLE PRECISION,
    speed               DOUBLE PRECISION,
    course              DOUBLE PRECISION,
    horizontal_accuracy DOUBLE PRECISION,
    vertical_accuracy   DOUBLE PRECISION,
    -- Points sharing a timestamp (Apple writes such pairs) are told apart by their order within that second.
    time_seq            INTEGER          NOT NULL,
    PRIMARY KEY (workout_id, time_ms, time_seq)
);

-- Every request body that reached an ingest endpoint, kept before parsing so it can be reprocessed.
CREATE TABLE raw_archive (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel      TEXT   NOT NULL,
    request_id   TEXT   NOT NULL UNIQUE,
    device_id    TEXT,
    received_at  BIGINT NOT NULL,
    storage_key  TEXT   NOT NULL,
    stored_bytes BIGINT,
    status       TEXT   NOT NULL,
    error        TEXT
);
CREATE INDEX ix_raw_archive_channel_time ON raw_archive (channel, received_at);

-- Receipts of applied push batches, so a repeated batchId gets the same answer.
CREATE TABLE push_batches (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel     TEXT   NOT NULL,
    batch_id    TEXT   NOT NULL,
    device_id   TEXT,
    archive_id  BIGINT REFERENCES raw_archive (id),
    received_at BIGINT NOT NULL,
    receipt     TEXT   NOT NULL,
    UNIQUE (user_id, channel, batch_id)
);

-- Installations of the HealthSync bridge and their HealthKit query anchors, so a reinstalled app can resume.
CREATE TABLE push_devices (
    user_id        BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_id      TEXT   NOT NULL,
    name           TEXT,
    model          TEXT,
    system_version TEXT,
    app_version    TEXT,
    first_seen_at  BIGINT NOT NULL,
    last_seen_at   BIGINT NOT NULL,
    PRIMARY KEY (user_id, device_id)
);

CREATE TABLE push_anchors (
    user_id    BIGINT NOT NULL,
    device_id  TEXT   NOT NULL,
    type       TEXT   NOT NULL,
    anchor     TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, device_id, type),
    FOREIGN KEY (user_id, device_id) REFERENCES push_devices (user_id, device_id) ON DELETE CASCADE
);
