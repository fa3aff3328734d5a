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
 * @param ignored           fields and sections the decoder skipped
 * @param rejectedCount     all rejected records; {@code rejected} lists at most
 *                          {@link IngestSession#MAX_LISTED_REJECTS}
 */
public record IngestCounts(long samplesInserted, long samplesDuplicate, long workoutsInserted,
                           long workoutsDuplicate, long routePointsInserted, long aggregatesWritten,
                           long aggregatesUnchanged,
                           Map<DocumentKind, Long> documentsInserted, long documentsDuplicate, long deleted,
                           long ignored, long rejectedCount, List<Rejection> rejected) {

    public long documentsInserted(DocumentKind kind) {
        return documentsInserted.getOrDefault(kind, 0L);
    }

    /** New records of every kind; route points belong to their workout and are not counted here. */
    public long inserted() {
        return samplesInserted + workoutsInserted + aggregatesWritten
                + documentsInserted.values().stream().mapToLong(Long::longValue).sum();
    }

    public long duplicates() {
        return samplesDuplicate + workoutsDuplicate + aggregatesUnchanged + documentsDuplicate;
    }

    /** Records that were read and valid, new or not. */
    public long accepted() {
        return inserted() + duplicates();
    }
}
