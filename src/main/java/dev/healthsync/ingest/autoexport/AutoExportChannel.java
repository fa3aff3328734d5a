package dev.healthsync.ingest.autoexport;

import dev.healthsync.ingest.PushChannel;
import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.PushRequest;
import dev.healthsync.ingest.PushResponses;
import dev.healthsync.ingest.PushResult;
import dev.healthsync.ingest.UserZones;
import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.pipeline.IngestSession;
import dev.healthsync.system.BadRequestException;
import dev.healthsync.system.MultipartBodies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health Auto Export's REST automation (docs/contracts.md#health-auto-export): its JSON format, or its CSV format as
 * {@code multipart/form-data} with one CSV per data type. Local times of the CSV mode are read in the user's zone.
 */
@Component
class AutoExportChannel implements PushChannel {

    static final String NAME = "auto-export";

    private final UserZones zones;
    private final JsonMapper json;

    AutoExportChannel(UserZones zones, JsonMapper json) {
        this.zones = zones;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PushResult apply(PushRequest request, InputStream body, IngestSession session) {
        HaeOptions options = options(request);
        SectionCounts sections = new SectionCounts(session);
        if (MultipartBodies.isMultipart(request.contentType())) {
            try {
                MultipartBodies.forEachPart(body, request.contentType(), (field, fileName, formField, content) -> {
                    if (formField) {
                        sections.ignored(field);
                    } else {
                        new HealthAutoExportCsvDecoder(fileName == null ? field : fileName, options)
                                .decode(content, sections);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            new HealthAutoExportDecoder(options).decode(body, sections);
        }
        IngestCounts counts = session.finish();
        PushIngest.requireSomethingStored(counts, false);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("ok", true);
        response.put("count", counts.accepted());
        response.put("inserted", PushResponses.inserted(counts));
        response.put("aggregates", counts.aggregatesWritten());
        response.put("duplicates", counts.duplicates());
        response.put("sections", sections.view());
        response.put("rejected", counts.rejected());
        response.put("rejectedCount", counts.rejectedCount());
        response.put("ignored", counts.ignored());
        return new PushResult(json.writeValueAsString(response), counts);
    }

    private HaeOptions options(PushRequest request) {
        try {
            return new HaeOptions(zones.zoneOf(request.userId(), request.options().get("tz")),
                    request.options().get("aggregation"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("aggregation must be none, hours or days");
        }
    }
}
