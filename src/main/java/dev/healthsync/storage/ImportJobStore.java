package dev.healthsync.storage;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Durable import jobs. Claiming is a conditional update, so two workers never run one job: on PostgreSQL the
 * candidate is picked with {@code FOR UPDATE SKIP LOCKED}, so that nodes sharing the database do not queue up
 * behind each other's locks; SQLite has one writer at a time anyway.
 */
@Component
public class ImportJobStore {

    private static final RowMapper<ImportJobRecord> ROW = (rs, n) -> new ImportJobRecord(rs.getString("id"),
            rs.getLong("user_id"), rs.getString("status"), rs.getString("file_key"), rs.getString("file_name"),
            Rows.nullableLong(rs, "bytes_total"), rs.getLong("bytes_read"), rs.getLong("records_done"),
            rs.getString("counts"), rs.getString("warnings"), rs.getString("error"), rs.getString("claimed_by"),
            Rows.nullableLong(rs, "heartbeat_at"), rs.getLong("created_at"), Rows.nullableLong(rs, "started_at"),
            Rows.nullableLong(rs, "finished_at"));

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    ImportJobStore(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    public ImportJobRecord create(String id, long userId, String fileKey, String fileName, Long bytesTotal,
                                  long now) {
        jdbc.sql("""
                        INSERT INTO import_jobs (id, user_id, status, file_key, file_name, bytes_total, created_at)
                        VALUES (?, ?, 'queued', ?, ?, ?, ?)""")
                .params(id, userId, fileKey, fileName, bytesTotal, now).update();
        return find(id).orElseThrow();
    }

    /** A job run at once by {@code worker} in this process (the {@code import} command), never queued. */
    public ImportJobRecord createRunning(String id, long userId, String fileKey, String fileName, Long bytesTotal,
                                         String worker, long now) {
        jdbc.sql("""
                        INSERT INTO import_jobs (id, user_id, status, file_key, file_name, bytes_total, claimed_by,
                                                 heartbeat_at, created_at, started_at)
                        VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, userId, fileKey, fileName, bytesTotal, worker, now, now, now).update();
        return find(id).orElseThrow();
    }

    /**
     * At a node's start: on a database only one node uses (SQLite), the jobs left running were interrupted by its
     * last shutdown and go back in the queue at once; where several nodes share the database, another node may be
     * running them, and stale claims are taken over by time instead (see {@link #claim}). Returns how many.
     */
    public int resumeInterrupted() {
        if (dialect.supportsConcurrentNodes()) {
            return 0;
        }
        return jdbc.sql("UPDATE import_jobs SET status = 'queued', claimed_by = NULL WHERE status = 'running'")
                .update();
    }

    public Optional<ImportJobRecord> find(String id) {
        return jdbc.sql("SELECT * FROM import_jobs WHERE id = ?").param(id).query(ROW).optional();
    }

    public List<ImportJobRecord> listForUser(long userId) {
        return jdbc.sql("SELECT * FROM import_jobs WHERE user_id = ? ORDER BY created_at DESC, id").param(userId)
                .query(ROW).list();
    }

    /**
     * Claims the oldest queued job, or a running one whose worker stopped sending heartbeats before
     * {@code staleBefore} (its node died); returns it, or empty when there is none.
     */
    public Optional<ImportJobRecord> claim(String worker, long now, long staleBefore) {
        String candidate = """
                SELECT id FROM import_jobs
                WHERE status = 'queued' OR (status = 'running' AND heartbeat_at < :stale)
                ORDER BY created_at, id LIMIT 1""" + (dialect.supportsConcurrentNodes() ? " FOR UPDATE SKIP LOCKED" : "");
        Optional<String> id = jdbc.sql(candidate).param("stale", staleBefore).query(String.class).optional();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        int claimed = jdbc.sql("""
                        UPDATE import_jobs SET status = 'running', claimed_by = :worker, heartbeat_at = :now,
                               started_at = COALESCE(started_at, :now)
                        WHERE id = :id AND (status = 'queued' OR (status = 'running' AND heartbeat_at < :stale))""")
                .param("worker", worker).param("now", now).param("id", id.get()).param("stale", staleBefore)
                .update();
        return claimed == 1 ? find(id.get()) : Optional.empty();
    }

    /**
     * Records progress; in the transaction of the records it covers, so both commit or neither. {@code bytesTotal}
     * is the size the reader measures progress against (a zip's export.xml, not the zip).
     */
    public boolean checkpoint(String id, String worker, long bytesRead, long bytesTotal, long recordsDone,
                              String countsJson, String warningsJson, long now) {
        return jdbc.sql("""
                        UPDATE import_jobs SET bytes_read = ?, bytes_total = ?, records_done = ?, counts = ?,
                               warnings = ?, heartbeat_at = ?
                        WHERE id = ? AND claimed_by = ? AND status = 'running'""")
                .params(bytesRead, bytesTotal, recordsDone, countsJson, warningsJson, now, id, worker)
                .update() == 1;
    }

    /** Keeps a claim alive between checkpoints; false when the job was cancelled or taken over. */
    public boolean heartbeat(String id, String worker, long bytesRead, long now) {
        return jdbc.sql("""
                        UPDATE import_jobs SET heartbeat_at = ?,
                               bytes_read = CASE WHEN bytes_read > ? THEN bytes_read ELSE ? END
                        WHERE id = ? AND claimed_by = ? AND status = 'running'""")
                .params(now, bytesRead, bytesRead, id, worker).update() == 1;
    }

    public void finish(String id, String worker, String status, String error, long now) {
        jdbc.sql("""
                        UPDATE import_jobs SET status = ?, error = ?, finished_at = ?, heartbeat_at = ?
                        WHERE id = ? AND claimed_by = ? AND status = 'running'""")
                .params(status, error, now, now, id, worker).update();
    }

    /** Cancels a job that has not finished; a running worker notices at its next checkpoint. */
    public boolean cancel(String id, long userId, long now) {
        return jdbc.sql("""
                        UPDATE import_jobs SET status = 'cancelled', finished_at = ?
                        WHERE id = ? AND user_id = ? AND status IN ('queued', 'running')""")
                .params(now, id, userId).update() == 1;
    }
}
