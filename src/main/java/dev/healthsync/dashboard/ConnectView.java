package dev.healthsync.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer of {@code GET /api/v1/connect}. */
@Schema(description = "What to type into each iPhone app that pushes to this server.")
record ConnectView(
        @Schema(description = "The server's address as the apps must use it: `HEALTHSYNC_PUBLIC_URL` when set, "
                + "else the scheme, host and port of this request, e.g. `http://192.168.1.20:8080`.")
        String serverUrl,
        @Schema(description = "One entry per app: the HealthSync bridge, Health Export Pro, Health Auto Export.")
        List<App> apps) {

    @Schema(description = "One app's settings for pushing here.")
    record App(
            @Schema(description = "Stable id: `healthsync-bridge`, `health-export-pro` or `health-auto-export`.")
            String id,
            @Schema(description = "The app's name as the App Store shows it.") String name,
            @Schema(description = "The HTTP method the app sends: always `POST`.") String method,
            @Schema(description = "The push endpoint: `serverUrl` and the app's path.") String url,
            @Schema(description = "Headers the app must send; `<API key>` stands for a key created for the app "
                    + "(`POST /api/v1/api-keys`), which the server cannot show again.") List<Header> headers,
            @Schema(description = "What to enter in the app's settings, in the order the app asks for them.")
            List<Setting> settings,
            @Schema(description = "An SVG QR code of the address the app's URL field wants: `url`, or for Health "
                    + "Auto Export its automation URL (with `aggregation` and `tz`); made only of `rect` elements, "
                    + "safe to insert as markup.") String qrSvg) {
    }

    @Schema(description = "A request header.")
    record Header(@Schema(description = "Its name, e.g. `Authorization`.") String name,
                  @Schema(description = "Its value, e.g. `Bearer <API key>`.") String value) {
    }

    @Schema(description = "One field of the app's settings.")
    record Setting(@Schema(description = "The field as the app labels it, e.g. `Endpoint Path`.") String label,
                   @Schema(description = "What to type or choose there.") String value) {
    }
}
