package dev.healthsync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/connect} on each database: every URL it gives takes a push, every QR code reads as its URL. */
abstract class ConnectContract extends ApiTestSupport {

    /** The smallest body each push endpoint stores without complaint. */
    private static final Map<String, String> EMPTY_PUSH = Map.of(
            "healthsync-bridge", "{\"batchId\": \"connect-check\", \"deviceId\": \"connect-check\"}",
            "health-export-pro", "{}",
            "health-auto-export", "{\"data\": {\"metrics\": []}}");

    @Test
    void everyAppIsToldThisServersUrlsAndEachOneTakesAPush() {
        TestUser user = newUser();
        JsonNode connect = json(get("/api/v1/connect", user.key()));
        String server = "http://127.0.0.1:" + port;
        assertThat(connect.path("serverUrl").asString()).isEqualTo(server);

        List<String> ids = new ArrayList<>();
        connect.path("apps").forEach(app -> ids.add(app.path("id").asString()));
        assertThat(ids).containsExactly("healthsync-bridge", "health-export-pro", "health-auto-export");
        assertThat(app(connect, "healthsync-bridge").path("url").asString())
                .isEqualTo(server + "/api/apple-health/sync");
        assertThat(app(connect, "health-export-pro").path("url").asString()).isEqualTo(server + "/api/health-data");
        assertThat(app(connect, "health-auto-export").path("url").asString())
                .isEqualTo(server + "/api/health-auto-export");

        for (JsonNode app : connect.path("apps")) {
            assertThat(app.path("method").asString()).isEqualTo("POST");
            HttpRequest.Builder push = request(app.path("url").asString().substring(server.length()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(EMPTY_PUSH.get(app.path("id").asString())));
            app.path("headers").forEach(header -> push.header(header.path("name").asString(),
                    header.path("value").asString().replace(PushApps.API_KEY, user.key())));
            HttpResponse<String> pushed = send(push.build());
            assertThat(pushed.statusCode()).as(app.path("id").asString() + ": " + pushed.body()).isEqualTo(200);
        }
    }

    @Test
    void theSettingsAreWhatEachAppAsksFor() {
        TestUser user = newUser();
        JsonNode connect = json(get("/api/v1/connect", user.key()));
        String server = connect.path("serverUrl").asString();
        assertThat(settings(app(connect, "healthsync-bridge"))).containsExactly(
                "Server URL=" + server + "/api/apple-health/sync", "API key=<API key>");
        assertThat(settings(app(connect, "health-export-pro"))).containsExactly("Server URL=" + server,
                "Endpoint Path=/api/health-data", "Auth Type=Bearer", "Token=<API key>");
        assertThat(settings(app(connect, "health-auto-export"))).containsExactly("Automation Type=REST API",
                "URL=" + server + "/api/health-auto-export?aggregation=days",
                "Headers=Authorization: Bearer <API key>", "Export Format=JSON", "Interval=Days");
        assertThat(app(connect, "health-auto-export").path("headers").path(0).path("value").asString())
                .isEqualTo("Bearer <API key>");
    }

    @Test
    void healthAutoExportIsGivenTheUsersZoneAndTheServerReadsItBack() {
        TestUser user = newUser();
        HttpResponse<String> set = putJson("/api/v1/users/me/settings", user.key(), "{\"timeZone\": \"Etc/GMT+1\"}");
        assertThat(set.statusCode()).isEqualTo(200);
        JsonNode connect = json(get("/api/v1/connect", user.key()));
        String automation = settings(app(connect, "health-auto-export")).get(1).substring("URL=".length());
        assertThat(automation).endsWith("/api/health-auto-export?aggregation=days&tz=Etc/GMT%2B1");

        // a plus read as a space would make the zone "Etc/GMT 1", which the endpoint refuses with a 400
        HttpResponse<String> pushed = send(request(automation.substring(connect.path("serverUrl").asString().length()))
                .header("Authorization", "Bearer " + user.key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EMPTY_PUSH.get("health-auto-export"))).build());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
    }

    @Test
    void forwardedHeadersDoNotChooseTheUrlsUnlessTheServerTrustsThem() {
        TestUser user = newUser();
        HttpResponse<String> connect = send(request("/api/v1/connect").header("Authorization", "Bearer " + user.key())
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").GET().build());
        assertThat(json(connect).path("serverUrl").asString()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(connect.body()).doesNotContain("evil.example");
    }

    /** The value of one of an app's settings, by its label. */
    private static String setting(JsonNode app, String label) {
        for (JsonNode setting : app.path("settings")) {
            if (setting.path("label").asString().equals(label)) {
                return setting.path("value").asString();
            }
        }
        throw new AssertionError(app.path("id").asString() + " has no setting " + label);
    }

    @Test
    void eachQrCodeIsTheQrCodeOfItsUrlAndNothingButRectangles() throws Exception {
        TestUser user = newUser();
        for (JsonNode app : json(get("/api/v1/connect", user.key())).path("apps")) {
            String url = app.path("id").asString().equals("health-auto-export") ? setting(app, "URL")
                    : app.path("url").asString();
            Element svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(app.path("qrSvg").asString().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            assertThat(svg.getTagName()).isEqualTo("svg");
            QrCode expected = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
            int side = expected.size + 2 * QrSvg.QUIET_ZONE;
            assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + side + " " + side);
            assertThat(svg.getTextContent()).isEmpty();

            boolean[][] dark = new boolean[side][side];
            List<Element> rects = new ArrayList<>();
            for (Node child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
                assertThat(child).isInstanceOf(Element.class);
                rects.add((Element) child);
            }
            assertThat(rects).hasSizeGreaterThan(50).allMatch(rect -> rect.getTagName().equals("rect"));
            assertThat(rects.get(0).getAttribute("fill")).isEqualTo("#fff");
            for (Element rect : rects.subList(1, rects.size())) {
                int x = Integer.parseInt(rect.getAttribute("x"));
                int y = Integer.parseInt(rect.getAttribute("y"));
                assertThat(rect.getAttribute("height")).isEqualTo("1");
                for (int i = 0; i < Integer.parseInt(rect.getAttribute("width")); i++) {
                    dark[y][x + i] = true;
                }
            }
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    boolean module = expected.getModule(x - QrSvg.QUIET_ZONE, y - QrSvg.QUIET_ZONE);
                    assertThat(dark[y][x]).as(app.path("id").asString() + " at " + x + "," + y).isEqualTo(module);
                }
            }
        }
    }

    @Test
    void aCredentialIsNeeded() {
        assertThat(send(request("/api/v1/connect").GET().build()).statusCode()).isEqualTo(401);
    }

    private static JsonNode app(JsonNode connect, String id) {
        for (JsonNode app : connect.path("apps")) {
            if (app.path("id").asString().equals(id)) {
                return app;
            }
        }
        throw new AssertionError("no app " + id);
    }

    private static List<String> settings(JsonNode app) {
        List<String> settings = new ArrayList<>();
        app.path("settings").forEach(setting -> settings.add(setting.path("label").asString() + "="
                + setting.path("value").asString()));
        return settings;
    }
}
