package dev.healthsync.ingest.healthsync;

import dev.healthsync.ingest.IngestProperties;
import dev.healthsync.ingest.PushBodies;
import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.RequestEncoding;
import dev.healthsync.storage.PushStore;
import dev.healthsync.system.Caller;
import dev.healthsync.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The HealthSync iOS bridge's endpoints. */
@RestController
class HealthSyncController {

    private final PushIngest ingest;
    private final PushStore pushes;
    private final IngestProperties properties;

    HealthSyncController(PushIngest ingest, PushStore pushes, IngestProperties properties) {
        this.ingest = ingest;
        this.pushes = pushes;
        this.properties = properties;
    }

    @PostMapping("/api/apple-health/sync")
    ResponseEntity<String> sync(@AuthenticationPrincipal Caller caller, HttpServletRequest request)
            throws IOException {
        PushBodies.refuseDeclaredOversize(request, properties);
        String receipt = ingest.receive(HealthSyncChannel.NAME, caller.userId(), request.getInputStream(),
                RequestEncoding.isGzip(request), request.getContentType(), Map.of());
        return PushBodies.json(receipt);
    }

    @GetMapping("/api/apple-health/devices/{deviceId}")
    Map<String, Object> device(@AuthenticationPrincipal Caller caller, @PathVariable String deviceId) {
        PushStore.PushDevice device = pushes.findDevice(caller.userId(), deviceId)
                .orElseThrow(() -> new NotFoundException("no device with this id has pushed for this user"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deviceId", device.deviceId());
        body.put("name", device.name());
        body.put("model", device.model());
        body.put("systemVersion", device.systemVersion());
        body.put("appVersion", device.appVersion());
        body.put("firstSeen", java.time.Instant.ofEpochMilli(device.firstSeenAt()).toString());
        body.put("lastSeen", java.time.Instant.ofEpochMilli(device.lastSeenAt()).toString());
        body.put("anchors", pushes.anchors(caller.userId(), deviceId));
        return body;
    }
}
