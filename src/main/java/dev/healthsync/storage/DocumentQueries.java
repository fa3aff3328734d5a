package dev.healthsync.storage;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads documents back: pages of one kind in start order (with the category samples of the types a kind shares
 * with HealthKit's samples, see {@link DocumentFilter}), one document by id, and the newest of a timeless kind.
 */
@Component
public class DocumentQueries {

    private static final String DOCUMENTS = """
            SELECT 0 AS origin, d.id, d.uuid, d.start_ms, d.start_offset, d.end_ms,
                   CAST(NULL AS INTEGER) AS end_offset, d.source_id, d.payload AS json, CAST(NULL AS BIGINT) AS type_id,
                   CAST(NULL AS TEXT) AS text_value
            FROM documents d WHERE d.user_id = :user AND d.kind = :kind""";
    private static final String SAMPLES = """
            SELECT 1, s.id, s.uuid, s.start_ms, s.start_offset, s.end_ms, s.end_offset, s.source_id, s.metadata,
                   s.type_id, s.text_value
            FROM samples s WHERE s.user_id = :user
              AND s.type_id IN (SELECT id FROM health_types WHERE identifier IN (:types))""";
    private static final String OUTER = """
            SELECT r.*, src.name AS source_name, src.bundle_id, src.version, t.identifier
            FROM (%s) r
            LEFT JOIN sources src ON src.id = r.source_id
            LEFT JOIN health_types t ON t.id = r.type_id""";

    private final JdbcClient jdbc;

    DocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} rows after {@code filter.after()}, in the order {@link DocumentFilter.Position} names. */
    public List<StoredDocument> page(DocumentFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("user", filter.userId());
        params.put("kind", filter.kind().name());
        String rows = DOCUMENTS + range("d", filter, params);
        if (!filter.categoryTypes().isEmpty()) {
            rows += " UNION ALL " + SAMPLES + range("s", filter, params);
            params.put("types", filter.categoryTypes());
        }
        StringBuilder sql = new StringBuilder(OUTER.formatted(rows));
        DocumentFilter.Position after = filter.after();
        if (after != null) {
            String later = "(r.origin > :origin OR (r.origin = :origin AND r.id > :id))";
            sql.append(after.startMs() == null
                    ? " WHERE r.start_ms IS NOT NULL OR (r.start_ms IS NULL AND " + later + ")"
                    : " WHERE r.start_ms > :start OR (r.start_ms = :start AND " + later + ")");
            params.put("start", after.startMs());
            params.put("origin", after.sample() ? 1 : 0);
            params.put("id", after.id());
        }
        sql.append(" ORDER BY r.start_ms NULLS FIRST, r.origin, r.id LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
    }

    /** One document of the user and kind; empty when there is none by that id, or it is another user's. */
    public Optional<StoredDocument> find(long userId, DocumentKind kind, long id) {
        return jdbc.sql(OUTER.formatted(DOCUMENTS + " AND d.id = :id"))
                .param("user", userId).param("kind", kind.name()).param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    /** The user's most recently stored document of a kind, such as the characteristics of the latest export. */
    public Optional<StoredDocument> newest(long userId, DocumentKind kind) {
        return jdbc.sql(OUTER.formatted(DOCUMENTS) + " ORDER BY r.id DESC LIMIT 1")
                .param("user", userId).param("kind", kind.name())
                .query((rs, n) -> row(rs)).optional();
    }

    private static String range(String table, DocumentFilter filter, Map<String, Object> params) {
        String sql = "";
        if (filter.fromMs() != null) {
            sql += " AND " + table + ".start_ms >= :from";
            params.put("from", filter.fromMs());
        }
        if (filter.toMs() != null) {
            sql += " AND " + table + ".start_ms < :to";
            params.put("to", filter.toMs());
        }
        return sql;
    }

    private static StoredDocument row(ResultSet rs) throws SQLException {
        Long startMs = Rows.nullableLong(rs, "start_ms");
        int startOffset = rs.getInt("start_offset");
        Moment start = startMs == null ? null : new Moment(startMs, startOffset);
        Long endMs = Rows.nullableLong(rs, "end_ms");
        Long endOffset = Rows.nullableLong(rs, "end_offset");
        Moment end = endMs == null ? null
                : new Moment(endMs, endOffset == null ? startOffset : endOffset.intValue());
        SourceInfo source = rs.getString("source_name") == null ? null : new SourceInfo(rs.getString("source_name"),
                Rows.emptyToNull(rs.getString("bundle_id")), Rows.emptyToNull(rs.getString("version")));
        return new StoredDocument(rs.getInt("origin") == 1, rs.getLong("id"), rs.getString("uuid"), start, end,
                source, rs.getString("json"), rs.getString("identifier"), rs.getString("text_value"));
    }
}
