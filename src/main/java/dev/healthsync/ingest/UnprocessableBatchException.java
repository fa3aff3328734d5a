package dev.healthsync.ingest;

import dev.healthsync.pipeline.Rejection;
import dev.healthsync.system.ProblemException;
import java.util.List;
import java.util.Map;

/** Every record of a batch was rejected: nothing is stored and the client is told each record's problem. */
class UnprocessableBatchException extends ProblemException {

    private final List<Rejection> rejected;

    UnprocessableBatchException(long rejectedCount, List<Rejection> rejected) {
        super(422, "unprocessable-batch", "none of the " + rejectedCount + " records in the batch could be stored");
        this.rejected = rejected;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rejected", rejected);
    }
}
