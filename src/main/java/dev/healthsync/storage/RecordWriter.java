package dev.healthsync.storage;

import dev.healthsync.health.DocumentKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place records are written. Samples are buffered and written {@link #CHUNK_SIZE} at a time with
 * {@code ON CONFLICT DO NOTHING}, so a record already stored (same identity key or same UUID) is counted as a
 * duplicate instead of failing the batch. Must be used inside a transaction; not thread-safe.
 */
public final class RecordWriter {

    /** Rows per insert statement: large enough to amortize the round trip, small enough for SQLite's bind limit. */
    public static final int CHUNK_SIZE = 500;

    private static final MultiRowInsert SAMPLES = new MultiRowInsert("samples", List.of(
            "user_id", "identity_key", "uuid", "type_id", "value", "unit", "text_value", "original_value",
            "original_unit", "start_ms", "start_offset", "end_ms", "end_offset", "source_id", "device_id", "metadata",
            "created_ms", "created_offset"),
            "ON CONFLICT DO NOTHING");
    /**
     * The same without the columns an export's samples leave empty (UUID, category name, value and unit before
     * conversion): each bound NULL is a call into the driver's native code, and a sixth of a row's binding.
     */
    private static final MultiRowInsert PLAIN_SAMPLES = new MultiRowInsert("samples", List.of(
            "user_id", "identity_key", "type_id", "value", "unit", "start_ms", "start_offset", "end_ms", "end_offset",
            "source_id", "device_id", "metadata", "created_ms", "created_offset"),
            "ON CONFLICT DO NOTHING");

    private final Connection connection;
    private final long userId;
    private final References references;
    private final List<SampleRow> pending = new ArrayList<>(CHUNK_SIZE);
    private final List<SampleRow> pendingPlain = new ArrayList<>(CHUNK_SIZE);
    private final WorkoutWriter workouts;
    private final SummaryWriter summaries;
    private final PreparedInserts sampleInserts;
    private final PreparedInserts plainSampleInserts;
    private final DirtySpans dirty = new DirtySpans();
    private long samplesInserted;
    private long samplesOffered;

    RecordWriter(Connection connection, long userId, long now) {
        this.connection = connection;
        this.userId = userId;
        this.references = new References(connection, userId);
        this.workouts = new WorkoutWriter(connection, userId, references);
        this.summaries = new SummaryWriter(connection, userId, references, now);
        this.sampleInserts = new PreparedInserts(connection, SAMPLES, CHUNK_SIZE);
        this.plainSampleInserts = new PreparedInserts(connection, PLAIN_SAMPLES, CHUNK_SIZE);
    }

    public void add(SampleRow sample) {
        samplesOffered++;
        if (isPlain(sample)) {
            pendingPlain.add(sample);
            if (pendingPlain.size() == CHUNK_SIZE) {
                write(pendingPlain, plainSampleInserts, false);
            }
        } else {
            pending.add(sample);
            if (pending.size() == CHUNK_SIZE) {
                write(pending, sampleInserts, true);
            }
        }
    }

    /** Writes one sample at once, apart from the buffered ones; returns whether it was new. */
    public boolean addAlone(SampleRow sample) {
        try {
            int inserted = sampleInserts.write(0, 1, (statement, p, i) -> bind(statement, p, sample, true));
            if (inserted > 0) {
                markDirty(sample);
            }
            samplesInserted += inserted;
            samplesOffered++;
            return inserted == 1;
        } catch (SQLException e) {
            throw new StorageException("could not store a sample", e);
        }
    }

    private static boolean isPlain(SampleRow sample) {
        return sample.uuid() == null && sample.textValue() == null && sample.originalValue() == null
                && sample.originalUnit() == null;
    }

    /** Stores a workout with its statistics, events and route; returns whether the workout itself was new. */
    public boolean add(WorkoutRow workout) {
        try {
            return workouts.write(workout);
        } catch (SQLException e) {
            throw new StorageException("could not store a workout", e);
        }
    }

    /**
     * Attaches route points to this user's workout with the given UUID. A route whose workout has not been
     * written yet waits until {@link #finish()}, when the whole batch's workouts are in.
     */
    public void attachRoute(String path, String workoutUuid, List<WorkoutRow.RoutePoint> points) {
        try {
            workouts.attachRoute(path, workoutUuid, points);
        } catch (SQLException e) {
            throw new StorageException("could not store a route", e);
        }
    }

    /**
     * Attaches a route to this user's workout whose time range contains the route's (the shortest such workout,
     * when several overlap); returns false when there is none.
     */
    public boolean attachRouteWithin(List<WorkoutRow.RoutePoint> points) {
        try {
            return workouts.attachRouteWithin(points);
        } catch (SQLException e) {
            throw new StorageException("could not store a route", e);
        }
    }

    /** Stores a bucketed summary, replacing the bucket's earlier value. */
    public void add(AggregateRow aggregate) {
        try {
            summaries.write(aggregate);
        } catch (SQLException e) {
            throw new StorageException("could not store an aggregate", e);
        }
    }

    /** Stores a document unless one with the same identity exists. */
    public void add(DocumentRow document) {
        try {
            summaries.write(document);
        } catch (SQLException e) {
            throw new StorageException("could not store a document", e);
        }
    }

    /** Deletes this user's samples, workouts and documents with the given HealthKit UUIDs; returns how many were removed. */
    public int deleteByUuid(List<String> uuids) {
        flush();
        int deleted = 0;
        try {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM samples WHERE user_id = ? AND uuid = ? RETURNING type_id, start_ms, end_ms")) {
                for (String uuid : uuids) {
                    statement.setLong(1, userId);
                    statement.setString(2, uuid);
                    try (ResultSet removed = statement.executeQuery()) {
                        while (removed.next()) {
                            dirty.add(removed.getLong(1), removed.getLong(2), removed.getLong(3));
                            deleted++;
                        }
                    }
                }
            }
            for (String table : List.of("workouts", "documents")) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE user_id = ? AND uuid = ?")) {
                    for (String uuid : uuids) {
                        statement.setLong(1, userId);
                        statement.setString(2, uuid);
                        deleted += statement.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not delete samples", e);
        }
        return deleted;
    }

    public void flush() {
        write(pending, sampleInserts, true);
        write(pendingPlain, plainSampleInserts, false);
    }

    private void write(List<SampleRow> rows, PreparedInserts inserts, boolean full) {
        try {
            int inserted = inserts.write(0, rows.size(), (statement, p, i) -> bind(statement, p, rows.get(i), full));
            if (inserted > 0) {
                for (SampleRow row : rows) {
                    markDirty(row);
                }
            }
            samplesInserted += inserted;
        } catch (SQLException e) {
            throw new StorageException("could not store samples", e);
        }
        rows.clear();
    }

    /** A statement's update count says how many of its rows were new, not which: all of them are marked. */
    private void markDirty(SampleRow row) throws SQLException {
        dirty.add(references.type(row.type()), row.start().epochMillis(), row.end().epochMillis());
    }

    public long samplesInserted() {
        return samplesInserted;
    }

    public long samplesDuplicate() {
        return samplesOffered - pending.size() - pendingPlain.size() - samplesInserted;
    }

    public long workoutsInserted() {
        return workouts.inserted();
    }

    public long workoutsDuplicate() {
        return workouts.duplicates();
    }

    public long routePointsInserted() {
        return workouts.routePointsInserted();
    }

    public long aggregatesWritten() {
        return summaries.aggregatesWritten();
    }

    public long aggregatesUnchanged() {
        return summaries.aggregatesUnchanged();
    }

    /** New documents by kind. */
    public Map<DocumentKind, Long> documentsInserted() {
        return summaries.documentsInserted();
    }

    /** Documents already stored, by kind. */
    public Map<DocumentKind, Long> documentsDuplicateByKind() {
        return summaries.documentsDuplicate();
    }

    /**
     * Flushes what is pending and releases statements; the connection stays with the transaction. Returns the
     * paths of routes whose workout is not stored.
     */
    public List<String> finish() {
        flush();
        try {
            List<String> unattached = workouts.attachPendingRoutes();
            dirty.write(connection, userId);
            sampleInserts.close();
            plainSampleInserts.close();
            summaries.close();
            return unattached;
        } catch (SQLException e) {
            throw new StorageException("could not finish the batch", e);
        }
    }

    /** Binds a row of {@link #SAMPLES}, or with {@code full} false one of {@link #PLAIN_SAMPLES}. */
    private int bind(PreparedStatement statement, int parameter, SampleRow row, boolean full) throws SQLException {
        int p = parameter;
        statement.setLong(p++, userId);
        statement.setBytes(p++, row.identityKey());
        if (full) {
            statement.setString(p++, row.uuid());
        }
        statement.setLong(p++, references.type(row.type()));
        setDouble(statement, p++, row.value());
        statement.setString(p++, row.unit());
        if (full) {
            statement.setString(p++, row.textValue());
            setDouble(statement, p++, row.originalValue());
            statement.setString(p++, row.originalUnit());
        }
        statement.setLong(p++, row.start().epochMillis());
        statement.setInt(p++, row.start().offsetSeconds());
        statement.setLong(p++, row.end().epochMillis());
        statement.setInt(p++, row.end().offsetSeconds());
        setLong(statement, p++, references.source(row.source()));
        setLong(statement, p++, references.device(row.device()));
        statement.setString(p++, row.metadataJson());
        if (row.created() == null) {
            statement.setNull(p++, Types.BIGINT);
            statement.setNull(p++, Types.INTEGER);
        } else {
            statement.setLong(p++, row.created().epochMillis());
            statement.setInt(p++, row.created().offsetSeconds());
        }
        return p;
    }

    static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
