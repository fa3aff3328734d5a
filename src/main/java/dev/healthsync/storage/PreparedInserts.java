package dev.healthsync.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One table's multi-row inserts on one connection. Rows go in statements of {@code chunk} rows and the remainder
 * in power-of-two pieces, each size prepared once: preparing a statement of a few thousand placeholders costs
 * about a millisecond, which the remainder of every committed chunk would otherwise pay again.
 * Not thread-safe.
 */
final class PreparedInserts implements AutoCloseable {

    private final Connection connection;
    private final MultiRowInsert insert;
    private final int chunk;
    private final Map<Integer, PreparedStatement> bySize = new HashMap<>();

    PreparedInserts(Connection connection, MultiRowInsert insert, int chunk) {
        this.connection = connection;
        this.insert = insert;
        this.chunk = chunk;
    }

    /** Inserts rows {@code from} to {@code to} (exclusive), each bound by {@code binder}; returns the rows inserted. */
    int write(int from, int to, RowBinder binder) throws SQLException {
        int inserted = 0;
        int row = from;
        while (row < to) {
            int rows = to - row >= chunk ? chunk : Integer.highestOneBit(to - row);
            PreparedStatement statement = statement(rows);
            int parameter = 1;
            for (int end = row + rows; row < end; row++) {
                parameter = binder.bind(statement, parameter, row);
            }
            inserted += statement.executeUpdate();
        }
        return inserted;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : bySize.values()) {
            statement.close();
        }
        bySize.clear();
    }

    private PreparedStatement statement(int rows) throws SQLException {
        PreparedStatement statement = bySize.get(rows);
        if (statement == null) {
            statement = connection.prepareStatement(insert.sql(rows));
            bySize.put(rows, statement);
        }
        return statement;
    }

    /** Binds one row's values from {@code parameter} on; returns the next free parameter index. */
    @FunctionalInterface
    interface RowBinder {
        int bind(PreparedStatement statement, int parameter, int row) throws SQLException;
    }
}
