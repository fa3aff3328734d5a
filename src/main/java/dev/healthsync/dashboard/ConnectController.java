package dev.healthsync.dashboard;

import dev.healthsync.query.series.UserZone;
import dev.healthsync.system.Caller;
import dev.healthsync.system.HealthSyncProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's connect page: what to type into each iPhone app. */
@RestController
@Tag(name = "ingest")
class ConnectController {

    private final HealthSyncProperties properties;
    private final UserZone zones;

    ConnectController(HealthSyncProperties properties, UserZone zones) {
        this.properties = properties;
        this.zones = zones;
    }

    @Operation(operationId = "getConnectSettings", summary = "What to type into each iPhone app",
            description = "For the HealthSync bridge, Health Export Pro and Health Auto Export: the push URL, the "
                    + "headers and the app's settings, with a QR code of the URL. `serverUrl` is "
                    + "`HEALTHSYNC_PUBLIC_URL` when set, else the scheme, host and port this request was sent to "
                    + "(`X-Forwarded-*` count only with `server.forward-headers-strategy` set). `<API key>` stands "
                    + "for a key to create for the app. Health Auto Export's URL carries `aggregation=days` and, "
                    + "when the caller or the server has a time zone, `tz`.")
    @ApiResponse(responseCode = "200", description = "The three apps' settings.")
    @GetMapping("/api/v1/connect")
    ConnectView connect(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
        String serverUrl = ServerUrl.of(properties, request);
        return new ConnectView(serverUrl, PushApps.at(serverUrl, zones.of(caller.userId())));
    }
}
