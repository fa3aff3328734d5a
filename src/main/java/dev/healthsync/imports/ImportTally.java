package dev.healthsync.imports;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.imports.reader.ReadSummary;
import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.pipeline.SkipGroup;
import dev.healthsync.pipeline.SkipGroups;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an import has done so far: inserted and duplicate counts per record kind, every skip and warning grouped
 * by element, type and reason with the place of its first occurrence, and per export element how many were
 * stored, duplicates or skipped (the three add up to the element's count in the file). Kept in the job row as
 * JSON and added to chunk by chunk, so a resumed job continues the counts of its committed chunks; what the reader
 * found by itself covers the whole file and replaces, never adds to, what an interrupted run found. Not
 * thread-safe.
 */
final class ImportTally {

    /** Export elements that documents are made of, by document kind. */
    private static final Map<DocumentKind, String> DOCUMENT_ELEMENTS = Map.of(
            DocumentKind.CHARACTERISTICS, "Me", DocumentKind.CLINICAL_RECORD, "ClinicalRecord",
            DocumentKind.AUDIOGRAM, "Audiogram", DocumentKind.VISION_PRESCRIPTION, "VisionPrescription",
            DocumentKind.CORRELATION, "Correlation", DocumentKind.ECG, "EcgCsv", DocumentKind.ROUTE, "GpxFile");

    private final Map<String, Long> inserted = new LinkedHashMap<>();
    private final Map<String, Long> duplicates = new LinkedHashMap<>();
    private final Map<String, Ledger> elements = new TreeMap<>();
    private final SkipGroups rejected = new SkipGroups();
    private final SkipGroups pipelineWarnings = new SkipGroups();
    private List<SkipGroup> readerSkips = List.of();
    private List<SkipGroup> readerWarnings = List.of();

    /** Per export element: stored (new), duplicate, skipped. */
    @Schema(name = "ImportLedger", description = "What became of one element kind of the export.")
    record Ledger(@Schema(description = "Stored new.") long stored,
                  @Schema(description = "Already stored before, left unchanged.") long duplicate,
                  @Schema(description = "Passed over; `skips` says why.") long skipped) {
        Ledger plus(Ledger other) {
            return new Ledger(stored + other.stored, duplicate + other.duplicate, skipped + other.skipped);
        }
    }

    /** The shape kept in the job row. */
    record Stored(Map<String, Long> inserted, Map<String, Long> duplicates, Map<String, Ledger> elements,
                  List<SkipGroup> rejected, List<SkipGroup> pipelineWarnings, List<SkipGroup> readerSkips,
                  List<SkipGroup> readerWarnings) {
    }

    static ImportTally fromJson(JsonMapper json, String text) {
        ImportTally tally = new ImportTally();
        if (text == null || text.isBlank()) {
            return tally;
        }
        Stored stored = json.readValue(text, Stored.class);
        tally.inserted.putAll(orEmpty(stored.inserted()));
        tally.duplicates.putAll(orEmpty(stored.duplicates()));
        tally.elements.putAll(orEmpty(stored.elements()));
        tally.rejected.addAll(orEmpty(stored.rejected()));
        tally.pipelineWarnings.addAll(orEmpty(stored.pipelineWarnings()));
        tally.readerSkips = orEmpty(stored.readerSkips());
        tally.readerWarnings = orEmpty(stored.readerWarnings());
        return tally;
    }

    /** Adds one committed chunk. */
    void add(IngestCounts chunk) {
        long otherInserted = chunk.otherTypesInserted().values().stream().mapToLong(Long::longValue).sum();
        long otherDuplicate = chunk.otherTypesDuplicate().values().stream().mapToLong(Long::longValue).sum();
        add(inserted, "records", chunk.samplesInserted() - otherInserted);
        add(inserted, "workouts", chunk.workoutsInserted());
        add(inserted, "routePoints", chunk.routePointsInserted());
        add(inserted, "activitySummaries", chunk.aggregatesWritten());
        add(duplicates, "records", chunk.samplesDuplicate() - otherDuplicate);
        add(duplicates, "workouts", chunk.workoutsDuplicate());
        add(duplicates, "activitySummaries", chunk.aggregatesUnchanged());
        chunk.documentsInserted().forEach((kind, n) -> add(inserted, documentKey(kind), n));
        chunk.documentsDuplicate().forEach((kind, n) -> add(duplicates, documentKey(kind), n));
        chunk.otherTypesInserted().forEach((type, n) -> add(inserted, type, n));
        chunk.otherTypesDuplicate().forEach((type, n) -> add(duplicates, type, n));

        ledger("Record", chunk.samplesInserted(), chunk.samplesDuplicate(), 0);
        ledger("Workout", chunk.workoutsInserted(), chunk.workoutsDuplicate(), 0);
        ledger("ActivitySummary", chunk.aggregatesWritten(), chunk.aggregatesUnchanged(), 0);
        chunk.documentsInserted().forEach((kind, n) -> ledger(DOCUMENT_ELEMENTS.get(kind), n, 0, 0));
        chunk.documentsDuplicate().forEach((kind, n) -> ledger(DOCUMENT_ELEMENTS.get(kind), 0, n, 0));
        chunk.skips().forEach(group -> ledger(group.element(), 0, 0, group.count()));
        rejected.addAll(chunk.skips());
        pipelineWarnings.addAll(chunk.warnings());
    }

    /** What the reader found in the whole file; replaces what an interrupted run of the same job had found. */
    void setReaderFindings(ReadSummary summary) {
        readerSkips = summary.skipped();
        readerWarnings = summary.warnings();
    }

    Map<String, Long> inserted() {
        return inserted;
    }

    Map<String, Long> duplicates() {
        return duplicates;
    }

    /** Every skip, records the pipeline rejected first, then what the reader passed over. */
    List<SkipGroup> skips() {
        SkipGroups all = new SkipGroups();
        all.addAll(rejected.list());
        all.addAll(readerSkips);
        return all.list();
    }

    List<SkipGroup> warnings() {
        SkipGroups all = new SkipGroups();
        all.addAll(readerWarnings);
        all.addAll(pipelineWarnings.list());
        return all.list();
    }

    /** How many were skipped, by element. */
    Map<String, Long> skippedByElement() {
        Map<String, Long> byElement = new TreeMap<>();
        skips().forEach(group -> byElement.merge(group.element(), group.count(), Long::sum));
        return byElement;
    }

    /** Per export element: stored, duplicate and skipped, including what the reader skipped by itself. */
    Map<String, Ledger> elements() {
        Map<String, Ledger> all = new TreeMap<>(elements);
        readerSkips.forEach(group -> all.merge(group.element(), new Ledger(0, 0, group.count()), Ledger::plus));
        return all;
    }

    String toJson(JsonMapper json) {
        return json.writeValueAsString(new Stored(inserted, duplicates, elements, rejected.list(),
                pipelineWarnings.list(), readerSkips, readerWarnings));
    }

    private static String documentKey(DocumentKind kind) {
        return switch (kind) {
            case CORRELATION -> "correlations";
            case ROUTE -> "unattachedRoutes";
            default -> "documents";
        };
    }

    private void ledger(String element, long stored, long duplicate, long skipped) {
        if (element != null && stored + duplicate + skipped > 0) {
            elements.merge(element, new Ledger(stored, duplicate, skipped), Ledger::plus);
        }
    }

    private static void add(Map<String, Long> counts, String key, long value) {
        if (value != 0) {
            counts.merge(key, value, Long::sum);
        }
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
