package dev.healthsync.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Runs a query whose result may be any size, handing its rows on as they arrive. PostgreSQL's driver reads the
 * whole result into memory unless the statement has a fetch size and runs inside a transaction, so there the
 * connection leaves autocommit for the read; SQLite steps through rows by itself, and a transaction there would
 * take the write lock (connections begin IMMEDIATE), so it reads in autocommit. Thread-safe.
 */
@Component
class StreamingReads {

    /** Rows per round trip on PostgreSQL: a few hundred KB of samples, and few enough trips to keep up with Jackson. */
    static final int FETCH_SIZE = 1000;

    private final DataSource dataSource;
    private final SqlDialect dialect;

    StreamingReads(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    void query(String sql, Map<String, ?> params, RowCallbackHandler rows) {
        try (Connection connection = dataSource.getConnection()) {
            boolean transaction = dialect.streamsOnlyInTransaction();
            if (transaction) {
                connection.setAutoCommit(false);
            }
            try {
                JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                template.setFetchSize(FETCH_SIZE);
                new NamedParameterJdbcTemplate(template).query(sql, params, rows);
            } finally {
                if (transaction) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("streaming read failed", e);
        }
    }
}
