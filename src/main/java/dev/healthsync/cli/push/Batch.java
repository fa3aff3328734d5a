package dev.healthsync.cli.push;

import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of one outbox batch, in the order the export listed them. Held in memory only until the batch is
 * encoded, so memory is bounded by {@code --batch-size}, never by the export. Not thread-safe.
 *
 * @param number 1-based position in the outbox
 * @param id     the batch's stable id (see {@link BatchIds}); only the HealthSync format sends it
 */
record Batch(int number, String id, List<RawSample> samples, List<RawWorkout> workouts, List<RawDocument> documents) {

    Batch(int number, String id) {
        this(number, id, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** Records as the server counts them: samples, workouts and documents; route points belong to their workout. */
    int records() {
        return samples.size() + workouts.size() + documents.size();
    }

    long routePoints() {
        return workouts.stream().mapToLong(w -> w.route().size()).sum();
    }
}
