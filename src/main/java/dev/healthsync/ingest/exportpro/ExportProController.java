package dev.healthsync.ingest.exportpro;

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

/** Health Export Pro's endpoint, at the path the app uses by default. */
@RestController
class ExportProController {

    private final PushIngest ingest;
    private final IngestProperties properties;

    ExportProController(PushIngest ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @PostMapping("/api/health-data")
    ResponseEntity<String> push(@AuthenticationPrincipal Caller caller, HttpServletRequest request)
            throws IOException {
        PushBodies.refuseDeclaredOversize(request, properties);
        return PushBodies.json(ingest.receive(ExportProChannel.NAME, caller.userId(), request.getInputStream(),
                RequestEncoding.isGzip(request), request.getContentType(), Map.of()));
    }
}
