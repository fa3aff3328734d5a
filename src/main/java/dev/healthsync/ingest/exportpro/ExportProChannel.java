package dev.healthsync.ingest.exportpro;

import dev.healthsync.ingest.PushChannel;
import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.PushRequest;
import dev.healthsync.ingest.PushResponses;
import dev.healthsync.ingest.PushResult;
import dev.healthsync.ingest.decoder.PushDecoder;
import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.pipeline.IngestSession;
import dev.healthsync.pipeline.RecordSink;
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
    private final PushDecoder<RecordSink> decoder = new HealthExportProDecoder();

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
        response.put("inserted", PushResponses.inserted(counts));
        response.put("duplicates", counts.duplicates());
        response.put("rejected", counts.rejected());
        response.put("rejectedCount", counts.rejectedCount());
        response.put("ignored", counts.ignored());
        return new PushResult(json.writeValueAsString(response), counts);
    }
}
