package dev.healthsync.storage;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.SourceInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes aggregates (last write wins per bucket; an unchanged bucket is left alone and counted as a duplicate) and documents (first write wins per identity). Both arrive in
 * the hundreds per batch, not millions, so they are written one statement at a time.
 */
final class SummaryWriter {

    private final Connection connection;
    private final long userId;
    private final References references;
    private final long now;
    private PreparedStatement aggregates;
    private PreparedStatement documents;
    private long aggregatesWritten;
    private long aggregatesUnchanged;
    private final java.util.EnumMap<DocumentKind, Long> documentsInserted = new java.util.EnumMap<>(DocumentKind.class);
    private final java.util.Map<DocumentKind, Long> documentsDuplicate = new java.util.EnumMap<>(DocumentKind.class);

    SummaryWriter(Connection connection, long userId, References references, long now) {
        this.connection = connection;
        this.userId = userId;
        this.references = references;
        this.now = now;
    }

    void write(AggregateRow row) throws SQLException {
        if (aggregates == null) {
            aggregates = connection.prepareStatement("""
                    INSERT INTO aggregates (user_id, type_id, bucket, start_ms, start_offset, end_ms, source_key,
                                            source_id, unit, qty, min_value, avg_value, max_value, extra, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (user_id, type_id, bucket, start_ms, source_key) DO UPDATE SET
                        start_offset = excluded.start_offset, end_ms = excluded.end_ms, source_id = excluded.source_id,
                        unit = excluded.unit, qty = excluded.qty, min_value = excluded.min_value,
                        avg_value = excluded.avg_value, max_value = excluded.max_value, extra = excluded.extra,
                        updated_at = excluded.updated_at
                    WHERE aggregates.qty IS DISTINCT FROM excluded.qty
                       OR aggregates.min_value IS DISTINCT FROM excluded.min_value
                       OR aggregates.avg_value IS DISTINCT FROM excluded.avg_value
                       OR aggregates.max_value IS DISTINCT FROM excluded.max_value
                       OR aggregates.unit IS DISTINCT FROM excluded.unit
                       OR aggregates.end_ms IS DISTINCT FROM excluded.end_ms
                       OR aggregates.extra IS DISTINCT FROM excluded.extra""");
        }
        SourceInfo source = row.source() == null ? SourceInfo.UNKNOWN : row.source();
        int p = 1;
        aggregates.setLong(p++, userId);
        aggregates.setLong(p++, references.type(row.type()));
        aggregates.setString(p++, row.bucket());
        aggregates.setLong(p++, row.start().epochMillis());
        aggregates.setInt(p++, row.start().offsetSeconds());
        aggregates.setLong(p++, row.end().epochMillis());
        aggregates.setString(p++, source.normalizedName());
        RecordWriter.setLong(aggregates, p++, references.source(source));
        aggregates.setString(p++, row.unit());
        RecordWriter.setDouble(aggregates, p++, row.qty());
        RecordWriter.setDouble(aggregates, p++, row.min());
        RecordWriter.setDouble(aggregates, p++, row.avg());
        RecordWriter.setDouble(aggregates, p++, row.max());
        aggregates.setString(p++, row.extraJson());
        aggregates.setLong(p, now);
        if (aggregates.executeUpdate() == 1) {
            aggregatesWritten++;
        } else {
            aggregatesUnchanged++;
        }
    }

    void write(DocumentRow row) throws SQLException {
        if (documents == null) {
            documents = connection.prepareStatement("""
                    INSERT INTO documents (user_id, kind, identity_key, uuid, start_ms, start_offset, end_ms,
                                           source_id, payload)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
        }
        int p = 1;
        documents.setLong(p++, userId);
        documents.setString(p++, row.kind().name());
        documents.setBytes(p++, row.identityKey());
        documents.setString(p++, row.uuid());
        RecordWriter.setLong(documents, p++, row.start() == null ? null : row.start().epochMillis());
        if (row.start() == null) {
            documents.setNull(p++, Types.INTEGER);
        } else {
            documents.setInt(p++, row.start().offsetSeconds());
        }
        RecordWriter.setLong(documents, p++, row.end() == null ? null : row.end().epochMillis());
        RecordWriter.setLong(documents, p++, references.source(row.source()));
        documents.setString(p, row.payloadJson());
        if (documents.executeUpdate() == 1) {
            documentsInserted.merge(row.kind(), 1L, Long::sum);
        } else {
            documentsDuplicate.merge(row.kind(), 1L, Long::sum);
        }
    }

    /** Buckets new or changed. */
    long aggregatesWritten() {
        return aggregatesWritten;
    }

    /** Buckets sent again with the values already stored. */
    long aggregatesUnchanged() {
        return aggregatesUnchanged;
    }

    java.util.Map<DocumentKind, Long> documentsInserted() {
        return java.util.Map.copyOf(documentsInserted);
    }

    java.util.Map<DocumentKind, Long> documentsDuplicate() {
        return java.util.Map.copyOf(documentsDuplicate);
    }

    void close() throws SQLException {
        if (aggregates != null) {
            aggregates.close();
        }
        if (documents != null) {
            documents.close();
        }
    }
}
