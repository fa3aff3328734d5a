-- Rollups of quantity types, so that a decade of data answers a series in milliseconds. Samples are merged across
-- sources (docs/api.md#series) per 15-minute slot, and the slots are summed into UTC hours and into the days the
-- person lived (each sample's own local day): one row per user, type, hour or day, and source name. merged is what
-- the source counts after the merge (cumulative types; the plain sum for discrete ones), raw its own sum; n, min and
-- max describe its samples. Writes never compute them: they note the time span they touched in rollup_dirty, in
-- their own transaction, and the span is recomputed from the samples after (RollupMaintenance).
CREATE TABLE rollup_hours (
    user_id   BIGINT  NOT NULL,
    type_id   INTEGER NOT NULL,
    hour_ms   BIGINT  NOT NULL,
    source    TEXT    NOT NULL,
    merged    DOUBLE PRECISION NOT NULL,
    raw       DOUBLE PRECISION NOT NULL,
    n         BIGINT  NOT NULL,
    min_value DOUBLE PRECISION,
    max_value DOUBLE PRECISION,
    PRIMARY KEY (user_id, type_id, hour_ms, source)
);

-- day: the local date as days since 1970-01-01.
CREATE TABLE rollup_days (
    user_id   BIGINT  NOT NULL,
    type_id   INTEGER NOT NULL,
    day       INTEGER NOT NULL,
    source    TEXT    NOT NULL,
    merged    DOUBLE PRECISION NOT NULL,
    raw       DOUBLE PRECISION NOT NULL,
    n         BIGINT  NOT NULL,
    min_value DOUBLE PRECISION,
    max_value DOUBLE PRECISION,
    PRIMARY KEY (user_id, type_id, day, source)
);

-- Spans whose rollups are stale: written, deleted, or re-ranked since. max_duration_ms is the longest sample
-- written in the span, so the recomputation knows how far back a sample overlapping the span can start.
CREATE TABLE rollup_dirty (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         BIGINT  NOT NULL,
    type_id         INTEGER NOT NULL,
    from_ms         BIGINT  NOT NULL,
    to_ms           BIGINT  NOT NULL,
    max_duration_ms BIGINT  NOT NULL
);
CREATE INDEX ix_rollup_dirty_type ON rollup_dirty (user_id, type_id);

-- The longest sample of each type ever written, kept by the recomputation from the dirty spans it consumed.
CREATE TABLE rollup_spans (
    user_id         BIGINT  NOT NULL,
    type_id         INTEGER NOT NULL,
    max_duration_ms BIGINT  NOT NULL,
    PRIMARY KEY (user_id, type_id)
);

-- Each user's ranking of sources for the merge (docs/api.md#source-priority), as the JSON the API accepts.
CREATE TABLE source_priorities (
    user_id    BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    priority   TEXT   NOT NULL,
    updated_at BIGINT NOT NULL
);

-- What was stored before rollups existed is stale from the start.
INSERT INTO rollup_dirty (user_id, type_id, from_ms, to_ms, max_duration_ms)
SELECT user_id, type_id, MIN(start_ms), MAX(end_ms), MAX(end_ms - start_ms) FROM samples GROUP BY user_id, type_id;
