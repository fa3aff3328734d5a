-- Bucketed summaries (an app's hourly or daily values): one row per user, type, bucket, start and source; a
-- re-sent bucket overwrites it. Kept apart from samples so that totals never count both.
CREATE TABLE aggregates (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type_id      INTEGER NOT NULL REFERENCES health_types (id),
    bucket       TEXT    NOT NULL,
    start_ms     BIGINT  NOT NULL,
    start_offset INTEGER NOT NULL,
    end_ms       BIGINT  NOT NULL,
    source_key   TEXT    NOT NULL,
    source_id    BIGINT  REFERENCES sources (id),
    unit         TEXT,
    qty          DOUBLE PRECISION,
    min_value    DOUBLE PRECISION,
    avg_value    DOUBLE PRECISION,
    max_value    DOUBLE PRECISION,
    extra        TEXT,
    updated_at   BIGINT  NOT NULL,
    UNIQUE (user_id, type_id, bucket, start_ms, source_key)
);

-- Records kept whole as JSON: medications and doses, state of mind, ECGs, notifications, characteristics,
-- clinical records, audiograms, vision prescriptions.
CREATE TABLE documents (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    identity_key BYTEA    NOT NULL,
    uuid         TEXT,
    start_ms     BIGINT,
    start_offset INTEGER,
    end_ms       BIGINT,
    source_id    BIGINT  REFERENCES sources (id),
    payload      TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_documents_identity ON documents (user_id, identity_key);
CREATE INDEX ix_documents_kind_time ON documents (user_id, kind, start_ms);
