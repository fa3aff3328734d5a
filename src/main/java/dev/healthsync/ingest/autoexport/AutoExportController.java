package dev.healthsync.ingest.autoexport;

import dev.healthsync.ingest.IngestProperties;
import dev.healthsync.ingest.PushBodies;
import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.RequestEncoding;
import dev.healthsync.system.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health Auto Export's REST automation. Users add {@code ?aggregation=days|hours|none} and {@code ?tz=Zone} to
 * the URL they configure in the app when detection or their account's zone should not decide.
 */
@RestController
class AutoExportController {

    private final PushIngest ingest;
    private final IngestProperties properties;

    AutoExportController(PushIngest ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @PostMapping("/api/health-auto-export")
    ResponseEntity<String> push(@AuthenticationPrincipal Caller caller, HttpServletRequest request)
            throws IOException {
        PushBodies.refuseDeclaredOversize(request, properties);
        Map<String, String> options = PushBodies.queryOptions(request, "aggregation", "tz");
        return PushBodies.json(ingest.receive(AutoExportChannel.NAME, caller.userId(), request.getInputStream(),
                RequestEncoding.isGzip(request), request.getContentType(), options));
    }
}
