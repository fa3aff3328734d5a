package dev.healthsync.pipeline;

import java.util.List;

/**
 * What one batch did to the store.
 *
 * @param rejectedCount all rejected records; {@code rejected} lists at most {@link IngestSession#MAX_LISTED_REJECTS}
 */
public record IngestCounts(long samplesInserted, long samplesDuplicate, long workoutsInserted,
                           long workoutsDuplicate, long routePointsInserted, long deleted, long rejectedCount,
                           List<Rejection> rejected) {

    public long inserted() {
        return samplesInserted + workoutsInserted;
    }

    public long duplicates() {
        return samplesDuplicate + workoutsDuplicate;
    }

    /** Records that were read and valid, new or not. */
    public long accepted() {
        return inserted() + duplicates();
    }
}
