package dev.healthsync.ingest;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.ingest.decoder.HealthExportProDecoder;
import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.pipeline.IngestSession;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health Export Pro's REST push (docs/contracts.md#health-export-pro). The response carries what the app's sync log reads: {@code count}
 * (records received and stored now or before) and {@code inserted.{measurements,medications,workouts,
 * workoutRoutes}}.
 */
@Component
class ExportProChannel implements PushChannel {

    static final String NAME = "export-pro";

    private final JsonMapper json;
    private final HealthExportProDecoder decoder = new HealthExportProDecoder();

    ExportProChannel(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PushResult apply(PushRequest request, InputStream body, IngestSession session) {
        decoder.decode(body, session);
        IngestCounts counts = session.finish();
        PushIngest.requireSomethingStored(counts, false);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("ok", true);
        response.put("count", counts.accepted());
        response.put("inserted", inserted(counts));
        response.put("duplicates", counts.duplicates());
        response.put("rejected", counts.rejected());
        response.put("rejectedCount", counts.rejectedCount());
        response.put("ignored", counts.ignored());
        return new PushResult(json.writeValueAsString(response), counts);
    }

    /** The {@code inserted} object the app's sync log adds up: measurements + medications + workouts. */
    static Map<String, Object> inserted(IngestCounts counts) {
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
