package dev.healthsync.query.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/sources} against counts and dates worked out by hand, on each database. */
abstract class SourcesContract extends ApiTestSupport {

    private static final String WATCH = """
            "source": {"name": "Ana's Watch", "bundleId": "com.apple.health.w", "version": "11.2"},
            "device": {"name": "Apple Watch", "manufacturer": "Apple Inc.", "model": "Watch",
                       "hardwareVersion": "Watch7,3", "softwareVersion": "11.2"}""";
    private static final String PHONE = """
            "source": {"name": "Ana's iPhone", "bundleId": "com.apple.health.p", "version": "18.2"},
            "device": {"name": "iPhone", "manufacturer": "Apple Inc.", "model": "iPhone",
                       "hardwareVersion": "iPhone16,1", "softwareVersion": "18.2"}""";

    private static final String BATCH = """
            {"batchId": "sources", "deviceId": "phone", "samples": [
              {"uuid": "50000000-0000-4000-8000-000000000001", "type": "HKQuantityTypeIdentifierHeartRate",
               "value": 60, "unit": "count/min",
               "startDate": "2025-03-04T07:00:00Z", "endDate": "2025-03-04T07:00:00Z", %1$s},
              {"uuid": "50000000-0000-4000-8000-000000000002", "type": "HKQuantityTypeIdentifierHeartRate",
               "value": 70, "unit": "count/min",
               "startDate": "2025-03-04T09:00:00+01:00", "endDate": "2025-03-04T09:00:00+01:00", %1$s},
              {"uuid": "50000000-0000-4000-8000-000000000003", "type": "HKQuantityTypeIdentifierStepCount",
               "value": 400, "unit": "count",
               "startDate": "2025-03-04T06:30:00Z", "endDate": "2025-03-04T06:40:00Z", %2$s}],
             "workouts": [
              {"uuid": "50000000-0000-4000-8000-000000000004", "activityType": "HKWorkoutActivityTypeRunning",
               "startDate": "2025-03-05T18:00:00Z", "endDate": "2025-03-05T18:30:00Z", "duration": 1800, %1$s}]}"""
            .formatted(WATCH, PHONE);

    private static final String MOOD = """
            {"data": {"stateOfMind": [{"id": "50000000-0000-4000-8000-000000000005", "valence": 0.4,
              "start": "2025-03-06 20:00:00 +0000", "end": "2025-03-06 20:00:00 +0000", "kind": "Daily Mood",
              "labels": ["Calm"], "source": "Ana's iPhone"}]}}""";

    @Test
    void everySourceAndDeviceWithWhatItRecorded() {
        TestUser user = newUser();
        assertThat(postJson("/api/apple-health/sync", user.key(), BATCH.getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
        assertThat(postJson("/api/health-auto-export", user.key(), MOOD.getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
        TestUser other = newUser();
        assertThat(postJson("/api/apple-health/sync", other.key(), BATCH.replace("Ana's", "Ben's")
                .getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);

        JsonNode body = json(get("/api/v1/sources", user.key()));
        assertThat(JSON.writeValueAsString(body.path("sources"))).isEqualTo(compact("""
                [{"name": "Ana's Watch", "bundleId": "com.apple.health.w", "version": "11.2",
                  "samples": 2, "workouts": 1, "documents": 0,
                  "first": "2025-03-04T07:00:00Z", "last": "2025-03-05T18:30:00Z"},
                 {"name": "Ana's iPhone", "bundleId": null, "version": null,
                  "samples": 0, "workouts": 0, "documents": 1,
                  "first": "2025-03-06T20:00:00Z", "last": "2025-03-06T20:00:00Z"},
                 {"name": "Ana's iPhone", "bundleId": "com.apple.health.p", "version": "18.2",
                  "samples": 1, "workouts": 0, "documents": 0,
                  "first": "2025-03-04T06:30:00Z", "last": "2025-03-04T06:40:00Z"}]"""));
        assertThat(JSON.writeValueAsString(body.path("devices"))).isEqualTo(compact("""
                [{"name": "Apple Watch", "manufacturer": "Apple Inc.", "model": "Watch", "hardwareVersion": "Watch7,3",
                  "softwareVersion": "11.2", "samples": 2, "workouts": 1,
                  "first": "2025-03-04T07:00:00Z", "last": "2025-03-05T18:30:00Z"},
                 {"name": "iPhone", "manufacturer": "Apple Inc.", "model": "iPhone", "hardwareVersion": "iPhone16,1",
                  "softwareVersion": "18.2", "samples": 1, "workouts": 0,
                  "first": "2025-03-04T06:30:00Z", "last": "2025-03-04T06:40:00Z"}]"""));
        assertThat(json(get("/api/v1/sources", newUser().key())).toString())
                .as("a user without data").isEqualTo("{\"sources\":[],\"devices\":[]}");
    }

    private static String compact(String json) {
        return JSON.writeValueAsString(JSON.readTree(json));
    }
}
