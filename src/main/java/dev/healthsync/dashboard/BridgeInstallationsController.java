package dev.healthsync.dashboard;

import dev.healthsync.storage.PushStore;
import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's list of phones running the bridge, so a user sees which one stopped syncing. */
@RestController
@Tag(name = "ingest")
class BridgeInstallationsController {

    private final PushStore pushes;

    BridgeInstallationsController(PushStore pushes) {
        this.pushes = pushes;
    }

    @Operation(operationId = "listBridgeInstallations", summary = "The caller's HealthSync bridge installations",
            description = "Every `deviceId` a bridge batch of the caller's was applied from, as its batches "
                    + "described the phone, the latest to sync first. `GET /api/apple-health/devices/{deviceId}` "
                    + "adds the stored anchors.")
    @ApiResponse(responseCode = "200", description = "The installations; `items` is empty before the first push.")
    @GetMapping("/api/v1/bridge-installations")
    Installations list(@AuthenticationPrincipal Caller caller) {
        return new Installations(pushes.installations(caller.userId()).stream().map(Installation::of).toList());
    }

    @Schema(description = "The caller's bridge installations.")
    record Installations(@Schema(description = "The installations, the latest `lastSyncAt` first.")
                         List<Installation> items) {
    }

    @Schema(description = "One installation of the bridge app, as its batches described it.")
    record Installation(
            @Schema(description = "The batches' `deviceId`, stable per installation.") String deviceId,
            @Schema(description = "User-visible name of the phone, e.g. `Ana’s iPhone`; null when never sent.")
            String name,
            @Schema(description = "Hardware model identifier, e.g. `iPhone16,1`; null when never sent.") String model,
            @Schema(description = "iOS version, e.g. `18.2`; null when never sent.") String systemVersion,
            @Schema(description = "Version of the bridge app, e.g. `1.3.0`; null when never sent.") String appVersion,
            @Schema(description = "When its latest batch was applied, ISO-8601 in UTC.", format = "date-time")
            String lastSyncAt,
            @Schema(description = "How many of its batches were applied (replays of a `batchId` not counted).")
            long batches) {

        static Installation of(PushStore.Installation stored) {
            PushStore.PushDevice device = stored.device();
            return new Installation(device.deviceId(), device.name(), device.model(), device.systemVersion(),
                    device.appVersion(), Instant.ofEpochMilli(device.lastSeenAt()).toString(), stored.batches());
        }
    }
}
