package dev.healthsync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/bridge-installations} on each database: what the bridge's batches said, per deviceId. */
abstract class BridgeInstallationsContract extends ApiTestSupport {

    private static final String SAMPLE = """
            {"uuid": "%s", "type": "HKQuantityTypeIdentifierHeartRate", "value": 64, "unit": "count/min",
             "startDate": "2025-03-04T07:31:05+01:00", "endDate": "2025-03-04T07:31:05+01:00",
             "source": {"name": "Ana’s Apple Watch", "bundleId": "com.apple.health.5B2C9F10"}}""";

    @Test
    void eachInstallationIsListedWithItsPhoneItsLatestSyncAndItsAppliedBatches() throws InterruptedException {
        TestUser user = newUser();
        assertThat(json(get("/api/v1/bridge-installations", user.key())).path("items").isEmpty()).isTrue();

        Instant before = Instant.now().minusMillis(1);
        String phone = """
                "device": {"name": "Ana’s iPhone", "model": "iPhone16,1", "systemVersion": "18.2",
                           "appVersion": "1.3.0"}""";
        push(user, "b-1", "PHONE", phone, "S-1");
        push(user, "b-2", "PHONE", "\"device\": {\"appVersion\": \"1.4.0\"}", "S-2");
        push(user, "b-2", "PHONE", phone, "S-2");  // a replay: not applied again, not counted
        Thread.sleep(5);
        push(user, "b-3", "IPAD", "\"device\": {\"name\": \"Ana’s iPad\"}", "S-3");
        Instant after = Instant.now().plusMillis(1);

        JsonNode items = json(get("/api/v1/bridge-installations", user.key())).path("items");
        List<String> order = new ArrayList<>();
        items.forEach(item -> order.add(item.path("deviceId").asString()));
        assertThat(order).containsExactly("IPAD", "PHONE");

        JsonNode iphone = items.path(1);
        assertThat(iphone.path("name").asString()).isEqualTo("Ana’s iPhone");
        assertThat(iphone.path("model").asString()).isEqualTo("iPhone16,1");
        assertThat(iphone.path("systemVersion").asString()).isEqualTo("18.2");
        assertThat(iphone.path("appVersion").asString()).isEqualTo("1.4.0");
        assertThat(iphone.path("batches").asLong()).isEqualTo(2);
        JsonNode ipad = items.path(0);
        assertThat(ipad.path("name").asString()).isEqualTo("Ana’s iPad");
        assertThat(ipad.path("model").isNull()).isTrue();
        assertThat(ipad.path("batches").asLong()).isEqualTo(1);

        Instant iphoneSync = Instant.parse(iphone.path("lastSyncAt").asString());
        Instant ipadSync = Instant.parse(ipad.path("lastSyncAt").asString());
        assertThat(iphone.path("lastSyncAt").asString()).endsWith("Z");
        assertThat(iphoneSync).isAfter(before).isBefore(ipadSync);
        assertThat(ipadSync).isBefore(after);
    }

    @Test
    void aUserSeesOnlyTheirOwnInstallations() {
        TestUser ana = newUser();
        TestUser ben = newUser();
        push(ana, "a-1", "ANAS-PHONE", "\"device\": {\"name\": \"Ana’s iPhone\"}", "A-1");
        assertThat(json(get("/api/v1/bridge-installations", ben.key())).path("items").isEmpty()).isTrue();
        assertThat(json(get("/api/v1/bridge-installations", ana.key())).path("items")).hasSize(1);
        assertThat(send(request("/api/v1/bridge-installations").GET().build()).statusCode()).isEqualTo(401);
    }

    private void push(TestUser user, String batchId, String deviceId, String device, String uuid) {
        String body = "{\"batchId\": \"" + batchId + "\", \"deviceId\": \"" + deviceId + "\", " + device
                + ", \"samples\": [" + SAMPLE.formatted(uuid) + "]}";
        HttpResponse<String> pushed = postJson("/api/apple-health/sync", user.key(),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
    }
}
