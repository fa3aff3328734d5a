package dev.healthsync.imports;

import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.pipeline.Rejection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an import has done so far, per record kind: inserted, duplicate, and skipped with reasons. Kept in the
 * job row as JSON and added to chunk by chunk, so a resumed job continues the counts of its committed chunks.
 * Not thread-safe.
 */
final class ImportTally {

    private static final TypeReference<Map<String, Map<String, Long>>> SHAPE = new TypeReference<>() { };

    private final Map<String, Long> inserted = new LinkedHashMap<>();
    private final Map<String, Long> duplicates = new LinkedHashMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();

    static ImportTally fromJson(JsonMapper json, String text) {
        ImportTally tally = new ImportTally();
        Map<String, Map<String, Long>> stored = text == null || text.isBlank() ? Map.of() : json.readValue(text, SHAPE);
        tally.inserted.putAll(stored.getOrDefault("inserted", Map.of()));
        tally.duplicates.putAll(stored.getOrDefault("duplicates", Map.of()));
        tally.skipped.putAll(stored.getOrDefault("skipped", Map.of()));
        return tally;
    }

    /** Adds one committed chunk. */
    void add(IngestCounts chunk) {
        add(inserted, "records", chunk.samplesInserted());
        add(inserted, "workouts", chunk.workoutsInserted());
        add(inserted, "routePoints", chunk.routePointsInserted());
        add(inserted, "activitySummaries", chunk.aggregatesWritten());
        add(inserted, "documents", chunk.documentsInserted().values().stream().mapToLong(Long::longValue).sum());
        add(duplicates, "records", chunk.samplesDuplicate());
        add(duplicates, "workouts", chunk.workoutsDuplicate());
        add(duplicates, "activitySummaries", chunk.aggregatesUnchanged());
        add(duplicates, "documents", chunk.documentsDuplicate());
        for (Rejection rejection : chunk.rejected()) {
            add(skipped, rejection.reason(), 1);
        }
        add(skipped, "more rejected records", chunk.rejectedCount() - chunk.rejected().size());
    }

    /**
     * Adds what the reader skipped by itself (files it could not read, AppleDouble entries …). Records it rejected
     * are not among them: they reach the pipeline as rejects and are counted from there.
     */
    void addSkipped(Map<String, Long> reasons) {
        reasons.forEach((reason, count) -> add(skipped, reason, count));
    }

    /** Unknown elements and attributes, counted and skipped (docs/contracts.md#imports). */
    void addUnknown(Map<String, Long> unknown) {
        unknown.forEach((what, count) -> add(skipped, "unknown " + what, count));
    }

    long inserted(String kind) {
        return inserted.getOrDefault(kind, 0L);
    }

    long duplicates(String kind) {
        return duplicates.getOrDefault(kind, 0L);
    }

    Map<String, Long> inserted() {
        return inserted;
    }

    Map<String, Long> duplicates() {
        return duplicates;
    }

    Map<String, Long> skipped() {
        return skipped;
    }

    String toJson(JsonMapper json) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("inserted", inserted);
        all.put("duplicates", duplicates);
        all.put("skipped", skipped);
        return json.writeValueAsString(all);
    }

    private static void add(Map<String, Long> counts, String key, long value) {
        if (value != 0) {
            counts.merge(key, value, Long::sum);
        }
    }
}
