package dev.healthsync.ingest.healthsync;

import dev.healthsync.ingest.IngestProperties;
import dev.healthsync.ingest.PushBodies;
import dev.healthsync.ingest.PushEndpoint;
import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.RequestEncoding;
import dev.healthsync.storage.PushStore;
import dev.healthsync.system.Caller;
import dev.healthsync.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The HealthSync iOS bridge's endpoints. */
@RestController
@Tag(name = "ingest")
class HealthSyncController {

    private final PushIngest ingest;
    private final PushStore pushes;
    private final IngestProperties properties;

    HealthSyncController(PushIngest ingest, PushStore pushes, IngestProperties properties) {
        this.ingest = ingest;
        this.pushes = pushes;
        this.properties = properties;
    }

    @Operation(operationId = "healthSyncPush", summary = "Push one HealthSync bridge batch",
            description = """
                    The body is a `HealthSyncBatch` (also published as `/schemas/healthsync-batch.schema.json`), JSON, \
                    read as a stream; the `Content-Type` is not checked. Body limit: `HEALTHSYNC_MAX_BODY` (default \
                    200MB) as sent *and* decompressed.

                    **Processing.** The body is first written to the raw archive, then applied in one transaction. \
                    Each element of `samples`, `workouts` and `deleted` is one record. A record of the wrong shape, \
                    with a missing required field, an unparsable date, a non-numeric quantity, an unknown type or \
                    category value or an incompatible unit is listed in `rejected` with its JSON path and reason \
                    (never its value) and the others are stored. A broken statistic, event or route point rejects its \
                    whole workout. Unknown fields are skipped and counted in `ignored`; JSON null is read as absent.

                    **Identity.** A record already stored (same type, start, end, value in the canonical unit and \
                    source; the same record with another UUID too) counts in `duplicates`. `deleted` removes the \
                    caller's samples and workouts with those UUIDs. `device` and `anchors` are stored per `deviceId`.

                    **Replay.** A `batchId` already applied for this user is not applied again: 200 with \
                    `replayed: true`, nothing inserted, and the first receipt in `original`. Send `batchId` first in \
                    the body so the replay is recognised before the records are read.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(ref = "#/components/schemas/HealthSyncBatch"))))
    @ApiResponse(responseCode = "200", description = "The batch was applied (or had been: `replayed`); `rejected` "
            + "lists the records that were not stored.", content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/Receipt")))
    @ApiResponse(responseCode = "400", description = "Not JSON, not an object at the top, a known top-level section "
            + "of the wrong type (`\"samples\": {}`, `\"batchId\": 3`), or corrupt gzip data "
            + "(`/problems/malformed-body`). Nothing stored but the archive entry.")
    @PushEndpoint
    @PostMapping("/api/apple-health/sync")
    ResponseEntity<String> sync(@AuthenticationPrincipal Caller caller, HttpServletRequest request)
            throws IOException {
        PushBodies.refuseDeclaredOversize(request, properties);
        String receipt = ingest.receive(HealthSyncChannel.NAME, caller.userId(), request.getInputStream(),
                RequestEncoding.isGzip(request), request.getContentType(), Map.of());
        return PushBodies.json(receipt);
    }

    @Operation(operationId = "getBridgeDevice", summary = "A bridge installation and its stored anchors",
            description = "What the batches with this `deviceId` told the server, for a reinstalled app to resume "
                    + "its anchored queries.")
    @ApiResponse(responseCode = "200", description = "The installation.")
    @ApiResponse(responseCode = "404", description = "No batch with this deviceId was applied for the caller.")
    @GetMapping("/api/apple-health/devices/{deviceId}")
    DeviceView device(@AuthenticationPrincipal Caller caller,
                      @Parameter(description = "The batches' `deviceId`, stable per installation of the app.")
                      @PathVariable String deviceId) {
        PushStore.PushDevice device = pushes.findDevice(caller.userId(), deviceId)
                .orElseThrow(() -> new NotFoundException("no device with this id has pushed for this user"));
        return new DeviceView(device.deviceId(), device.name(), device.model(), device.systemVersion(),
                device.appVersion(), Instant.ofEpochMilli(device.firstSeenAt()).toString(),
                Instant.ofEpochMilli(device.lastSeenAt()).toString(), pushes.anchors(caller.userId(), deviceId));
    }

    @Schema(description = "An installation of the bridge app, as its batches described it.")
    record DeviceView(
            @Schema(description = "The installation's id, as sent.") String deviceId,
            @Schema(description = "User-visible name of the phone, e.g. `Ana’s iPhone`; null when never sent.")
            String name,
            @Schema(description = "Hardware model identifier, e.g. `iPhone16,1`.") String model,
            @Schema(description = "iOS version, e.g. `18.2`.") String systemVersion,
            @Schema(description = "Version of the bridge app, e.g. `1.3.0`.") String appVersion,
            @Schema(description = "When its first batch arrived, ISO-8601 in UTC.", format = "date-time")
            String firstSeen,
            @Schema(description = "When its latest batch arrived, ISO-8601 in UTC.", format = "date-time")
            String lastSeen,
            @Schema(description = "The latest anchor per type identifier, opaque to the server.")
            Map<String, String> anchors) {
    }
}
