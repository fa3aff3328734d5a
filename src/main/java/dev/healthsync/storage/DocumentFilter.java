package dev.healthsync.storage;

import dev.healthsync.health.DocumentKind;
import java.util.List;

/**
 * Which rows a document list holds: one user's documents of one kind and, for kinds HealthKit also records as
 * category samples (symptoms, cycle tracking), that user's samples of {@code categoryTypes}; optionally a start-time
 * range [from, to) in epoch milliseconds, and only rows after a position in the list's order.
 */
public record DocumentFilter(long userId, DocumentKind kind, List<String> categoryTypes, Long fromMs, Long toMs,
                             Position after) {

    /**
     * A place in a list's order: by start (timeless documents first), documents before samples at the same start,
     * then by id.
     */
    public record Position(Long startMs, boolean sample, long id) {
    }
}
