package dev.healthsync.dashboard;

import dev.healthsync.dashboard.ConnectView.App;
import dev.healthsync.dashboard.ConnectView.Header;
import dev.healthsync.dashboard.ConnectView.Setting;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The three apps that push to the server and what each asks for, as docs/api.md sets each one up. The paths are the
 * push endpoints of {@code ingest}, which this read-side package may not depend on; {@code ConnectContract} pushes
 * to every URL given here, so a moved endpoint fails there.
 */
final class PushApps {

    /** Stands for a key made for the app: keys are stored hashed, so none can be shown here. */
    static final String API_KEY = "<API key>";
    private static final String BEARER = "Bearer " + API_KEY;
    private static final List<Header> HEADERS = List.of(new Header("Authorization", BEARER));
    private static final String BRIDGE_PATH = "/api/apple-health/sync";
    private static final String EXPORT_PRO_PATH = "/api/health-data";
    private static final String AUTO_EXPORT_PATH = "/api/health-auto-export";

    private PushApps() {
    }

    /** The apps in the order the dashboard lists them; {@code zone} is the user's, for Health Auto Export. */
    static List<App> at(String serverUrl, Optional<ZoneId> zone) {
        return List.of(bridge(serverUrl), exportPro(serverUrl), autoExport(serverUrl, zone));
    }

    private static App bridge(String serverUrl) {
        String url = serverUrl + BRIDGE_PATH;
        return app("healthsync-bridge", "HealthSync bridge", url, url, List.of(
                new Setting("Server URL", url),
                new Setting("API key", API_KEY)));
    }

    private static App exportPro(String serverUrl) {
        return app("health-export-pro", "Health Export Pro", serverUrl + EXPORT_PRO_PATH, serverUrl + EXPORT_PRO_PATH,
                List.of(
                new Setting("Server URL", serverUrl),
                new Setting("Endpoint Path", EXPORT_PRO_PATH),
                new Setting("Auth Type", "Bearer"),
                new Setting("Token", API_KEY)));
    }

    /**
     * Day buckets, the interval of docs/api.md's example, declared in the URL so a lone reading on the hour is not
     * taken for an hour bucket; {@code tz} only when the user or the server has a zone, else the server's own
     * fallback (UTC) applies either way. Its QR code holds that whole automation URL, so a scan fills the field.
     */
    private static App autoExport(String serverUrl, Optional<ZoneId> zone) {
        String url = serverUrl + AUTO_EXPORT_PATH;
        String automationUrl = url + "?aggregation=days" + zone.map(PushApps::tz).orElse("");
        return app("health-auto-export", "Health Auto Export", url, automationUrl, List.of(
                new Setting("Automation Type", "REST API"),
                new Setting("URL", automationUrl),
                new Setting("Headers", "Authorization: " + BEARER),
                new Setting("Export Format", "JSON"),
                new Setting("Interval", "Days")));
    }

    /** {@code Etc/GMT+1} must reach the server with its plus sign; the slashes of a zone may stay. */
    private static String tz(ZoneId zone) {
        return "&tz=" + URLEncoder.encode(zone.getId(), StandardCharsets.UTF_8).replace("%2F", "/");
    }

    /** {@code scanned}: what the QR code holds, the address as the app's URL field wants it. */
    private static App app(String id, String name, String url, String scanned, List<Setting> settings) {
        return new App(id, name, "POST", url, HEADERS, settings, QrSvg.of(scanned));
    }
}
