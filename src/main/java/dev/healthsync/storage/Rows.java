package dev.healthsync.storage;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Nullable column reads that behave the same on both drivers. */
final class Rows {

    private Rows() {
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Sources and devices store absent fields as empty strings, so unique keys work; readers want null. */
    static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
