package dev.healthsync.query.sources;

import dev.healthsync.storage.SourceQueries;
import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/sources}: every source and device of the caller, with what each recorded and when. */
@RestController
@Tag(name = "read")
class SourcesController {

    private final SourceQueries sources;

    SourcesController(SourceQueries sources) {
        this.sources = sources;
    }

    @Operation(summary = "Every source and device, with counts and first and last dates",
            description = "A source is an app (name, bundle id, version), a device what recorded (name, "
                    + "manufacturer, model, hardware and software version); each distinct combination as stored is "
                    + "one entry. Counts of samples, workouts and documents (devices: samples and workouts); first "
                    + "is the earliest start, last the latest end, UTC. See docs/api.md#sources.")
    @GetMapping("/api/v1/sources")
    Map<String, Object> sources(@AuthenticationPrincipal Caller caller) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sources", sources.sources(caller.userId()).stream().map(SourceViews::source).toList());
        body.put("devices", sources.devices(caller.userId()).stream().map(SourceViews::device).toList());
        return body;
    }
}
