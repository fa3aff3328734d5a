-- Full-history imports. A job is claimed by one worker at a time (a node id and a heartbeat); what it has
-- committed so far is in its checkpoint, written in the same transaction as the records, so a job resumed after
-- a crash continues exactly where the last commit left it.
CREATE TABLE import_jobs (
    id            TEXT   PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status        TEXT   NOT NULL,
    file_key      TEXT   NOT NULL,
    file_name     TEXT,
    bytes_total   BIGINT,
    bytes_read    BIGINT NOT NULL DEFAULT 0,
    records_done  BIGINT NOT NULL DEFAULT 0,
    counts        TEXT   NOT NULL DEFAULT '{}',
    warnings      TEXT   NOT NULL DEFAULT '[]',
    error         TEXT,
    claimed_by    TEXT,
    heartbeat_at  BIGINT,
    created_at    BIGINT NOT NULL,
    started_at    BIGINT,
    finished_at   BIGINT
);
CREATE INDEX ix_import_jobs_user ON import_jobs (user_id, created_at);
CREATE INDEX ix_import_jobs_status ON import_jobs (status, created_at);
