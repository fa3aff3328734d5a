package dev.healthsync.ingest;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.pipeline.IngestCounts;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parts of push responses that more than one app contract answers with. */
public final class PushResponses {

    private PushResponses() {
    }

    /**
     * The {@code inserted} object the sync logs of Health Export Pro and Health Auto Export add up: measurements +
     * medications + workouts, and the route points.
     */
    public static Map<String, Object> inserted(IngestCounts counts) {
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("measurements", counts.samplesInserted() + counts.aggregatesWritten()
                + counts.documentsInserted().entrySet().stream()
                .filter(e -> e.getKey() != DocumentKind.MEDICATION && e.getKey() != DocumentKind.MEDICATION_DOSE)
                .mapToLong(Map.Entry::getValue).sum());
        inserted.put("medications", counts.documentsInserted(DocumentKind.MEDICATION)
                + counts.documentsInserted(DocumentKind.MEDICATION_DOSE));
        inserted.put("workouts", counts.workoutsInserted());
        inserted.put("workoutRoutes", counts.routePointsInserted());
        return inserted;
    }
}
