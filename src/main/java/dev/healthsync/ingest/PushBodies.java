package dev.healthsync.ingest;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Request and response handling the push controllers share. */
final class PushBodies {

    private PushBodies() {
    }

    /** Refuses at once a body whose declared length is over the limit, before reading any of it. */
    static void refuseDeclaredOversize(HttpServletRequest request, IngestProperties properties) {
        if (request.getContentLengthLong() > properties.maxBody().toBytes()) {
            throw new PayloadTooLargeException(properties.maxBody().toBytes());
        }
    }

    static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
