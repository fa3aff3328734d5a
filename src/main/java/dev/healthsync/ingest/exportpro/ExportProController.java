package dev.healthsync.ingest.exportpro;

import dev.healthsync.ingest.IngestProperties;
import dev.healthsync.ingest.PushBodies;
import dev.healthsync.ingest.PushEndpoint;
import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.RequestEncoding;
import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Health Export Pro's endpoint, at the path the app uses by default. */
@RestController
@Tag(name = "ingest")
class ExportProController {

    private final PushIngest ingest;
    private final IngestProperties properties;

    ExportProController(PushIngest ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @Operation(operationId = "exportProPush", summary = "Push one Health Export Pro sync",
            description = """
                    The REST destination of the Health Export Pro app: set the app's Endpoint Path to \
                    `/api/health-data` and its auth to Bearer (`Authorization: Bearer hs_…`) or Custom Header \
                    (`X-API-Key: hs_…`). JSON, read as a stream; the `Content-Type` is not checked. Body limit as for \
                    the bridge (`HEALTHSYNC_MAX_BODY`, as sent and decompressed).

                    **Processing.** Archived first, then applied in one transaction. Only the envelope is documented \
                    by the app, so records are read leniently (see `ExportProPush`). Each element of a \
                    `data.<type identifier>` array, of `workouts`, `medications` and `medicationDoseEvents`, the \
                    `characteristics` object and each `workoutRoutes` entry is one record; a broken one is listed in \
                    `rejected` by path and reason and the others are stored. A broken event, statistic or route point \
                    of a workout is rejected on its own path and the workout kept. A route whose workout UUID is \
                    neither in the body nor stored is rejected. Unknown sections and fields are counted in `ignored`.

                    **Identity.** By UUID where sent, else by content (type, start, end, value in the canonical unit, \
                    source); a record already stored, also through another channel, counts in `duplicates`. The same \
                    body again stores nothing and answers the same `count`.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(ref = "#/components/schemas/ExportProPush"))))
    @ApiResponse(responseCode = "200", description = "The body was applied. `count` is what the app's Sync Log shows "
            + "(valid records received, new or not); `inserted` what was new; `rejected` what was not stored.",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(ref = "#/components/schemas/ExportProReceipt")))
    @ApiResponse(responseCode = "400", description = "Not JSON, not an object at the top, `data` not an object, or "
            + "corrupt gzip data (`/problems/malformed-body`). Nothing stored but the archive entry.")
    @PushEndpoint
    @PostMapping("/api/health-data")
    ResponseEntity<String> push(@AuthenticationPrincipal Caller caller, HttpServletRequest request)
            throws IOException {
        PushBodies.refuseDeclaredOversize(request, properties);
        return PushBodies.json(ingest.receive(ExportProChannel.NAME, caller.userId(), request.getInputStream(),
                RequestEncoding.isGzip(request), request.getContentType(), Map.of()));
    }
}
