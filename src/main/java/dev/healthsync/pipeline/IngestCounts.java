package dev.healthsync.pipeline;

import dev.healthsync.health.DocumentKind;
import java.util.List;
import java.util.Map;

/**
 * What one batch did to the store.
 *
 * @param aggregatesWritten buckets written, new or replacing an earlier, different value
 * @param aggregatesUnchanged buckets sent again with the values already stored (counted as duplicates)
 * @param documentsInserted new documents by kind
 * @param documentsDuplicate documents already stored, by kind
 * @param ignored           fields and sections the decoder skipped
 * @param rejectedCount     all rejected records; {@code rejected} lists at most
 *                          {@link IngestSession#MAX_LISTED_REJECTS}
 * @param skips             all rejected records, grouped by element, type and reason
 * @param otherTypesInserted new samples of types the catalog does not know, by type (also in
 *                          {@code samplesInserted})
 * @param otherTypesDuplicate the same, already stored (also in {@code samplesDuplicate})
 * @param warnings          what was kept in a form other than sent (a route file no workout claims), grouped
 */
public record IngestCounts(long samplesInserted, long samplesDuplicate, long workoutsInserted,
                           long workoutsDuplicate, long routePointsInserted, long aggregatesWritten,
                           long aggregatesUnchanged,
                           Map<DocumentKind, Long> documentsInserted, Map<DocumentKind, Long> documentsDuplicate,
                           long deleted, long ignored, long rejectedCount, List<Rejection> rejected,
                           List<SkipGroup> skips, Map<String, Long> otherTypesInserted,
                           Map<String, Long> otherTypesDuplicate, List<SkipGroup> warnings) {

    public long documentsInserted(DocumentKind kind) {
        return documentsInserted.getOrDefault(kind, 0L);
    }

    /** Documents already stored, of every kind. */
    public long documentsDuplicateTotal() {
        return documentsDuplicate.values().stream().mapToLong(Long::longValue).sum();
    }

    /** New records of every kind; route points belong to their workout and are not counted here. */
    public long inserted() {
        return samplesInserted + workoutsInserted + aggregatesWritten
                + documentsInserted.values().stream().mapToLong(Long::longValue).sum();
    }

    public long duplicates() {
        return samplesDuplicate + workoutsDuplicate + aggregatesUnchanged + documentsDuplicateTotal();
    }

    /** Records that were read and valid, new or not. */
    public long accepted() {
        return inserted() + duplicates();
    }
}
