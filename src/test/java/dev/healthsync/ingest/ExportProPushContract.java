package dev.healthsync.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Health Export Pro's push (docs/contracts.md#health-export-pro) through the real endpoint, on each database. */
abstract class ExportProPushContract extends ApiTestSupport {

    private static final String PATH = "/api/health-data";

    @Test
    void storesEverySectionAndAnswersWhatTheSyncLogReads() {
        TestUser user = newUser();
        HttpResponse<String> response = postJson(PATH, user.key(), body(3, true));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode receipt = json(response);
        assertThat(receipt.path("ok").asBoolean()).isTrue();
        assertThat(receipt.path("inserted").path("measurements").asLong()).isEqualTo(3 + 1 + 1);
        assertThat(receipt.path("inserted").path("medications").asLong()).isEqualTo(2);
        assertThat(receipt.path("inserted").path("workouts").asLong()).isEqualTo(1);
        assertThat(receipt.path("inserted").path("workoutRoutes").asLong()).isEqualTo(3);
        assertThat(receipt.path("count").asLong()).isEqualTo(3 + 1 + 1 + 2 + 1);
        assertThat(count("samples", user.id())).isEqualTo(5);
        assertThat(routePoints(user.id())).isEqualTo(3);
        assertThat(jdbc.sql("SELECT value FROM samples s JOIN health_types t ON t.id = s.type_id WHERE s.user_id = ? "
                        + "AND t.identifier = 'HKQuantityTypeIdentifierDistanceWalkingRunning'")
                .param(user.id()).query(Double.class).single()).isEqualTo(1609.344);

        JsonNode again = json(postJson(PATH, user.key(), body(3, true)));
        assertThat(again.path("inserted").path("measurements").asLong()).isZero();
        assertThat(again.path("inserted").path("workoutRoutes").asLong()).isZero();
        assertThat(again.path("duplicates").asLong()).isEqualTo(receipt.path("count").asLong());
        assertThat(count("samples", user.id())).isEqualTo(5);
    }

    @Test
    void aRouteSentBeforeItsWorkoutIsAttached() {
        TestUser user = newUser();
        JsonNode receipt = json(postJson(PATH, user.key(), body(1, false)));
        assertThat(receipt.path("inserted").path("workoutRoutes").asLong()).isEqualTo(3);
        assertThat(routePoints(user.id())).isEqualTo(3);
        assertThat(receipt.path("rejectedCount").asLong()).isZero();
    }

    @Test
    void oneBrokenRecordAmongAThousandIsNamedAndTheRestStored() {
        TestUser user = newUser();
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String start = i == 637 ? "not a date" : "2025-03-04T07:%02d:%02d.000+01:00".formatted(i / 60, i % 60);
            records.append(i == 0 ? "" : ",").append("""
                    {"uuid": "STEP-%d", "value": %d, "unit": "count", "startDate": "%s",
                     "endDate": "2025-03-04T08:00:00+01:00"}""".formatted(i, 10 + i, start));
        }
        String body = "{\"syncSource\": \"test\", \"data\": {\"HKQuantityTypeIdentifierStepCount\": [" + records
                + "]}}";
        JsonNode receipt = json(postJson(PATH, user.key(), body.getBytes(StandardCharsets.UTF_8)));
        assertThat(receipt.path("inserted").path("measurements").asLong()).isEqualTo(999);
        assertThat(receipt.path("rejectedCount").asLong()).isEqualTo(1);
        assertThat(receipt.path("rejected").get(0).path("path").asString())
                .startsWith("data.HKQuantityTypeIdentifierStepCount[637]");
        assertThat(count("samples", user.id())).isEqualTo(999);
    }

    @Test
    void aBodyThatIsNotJsonIs400AndOnlyArchived() {
        TestUser user = newUser();
        HttpResponse<String> response = postJson(PATH, user.key(), "{\"data\": [oops".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(count("samples", user.id())).isZero();
        assertThat(count("raw_archive", user.id())).isEqualTo(1);
    }

    /** Steps, a heart rate, a distance in miles, a workout with a route (before or after data), medications. */
    private static byte[] body(int steps, boolean routesAfterData) {
        StringBuilder stepRecords = new StringBuilder();
        for (int i = 0; i < steps; i++) {
            stepRecords.append(i == 0 ? "" : ",").append("""
                    {"uuid": "S-%d", "value": %d, "unit": "count", "startDate": "2025-03-04T07:0%d:00+01:00",
                     "endDate": "2025-03-04T07:0%d:59+01:00", "metadata": {"HKWasUserEntered": false}}"""
                    .formatted(i, 100 + i, i, i));
        }
        String routes = """
                "workoutRoutes": {"W-1": [
                  {"latitude": 48.1371, "longitude": 11.5754, "altitude": 519.2, "timestamp": "2025-03-04T08:00:01+01:00"},
                  {"latitude": 48.1372, "longitude": 11.5755, "altitude": 519.4, "timestamp": "2025-03-04T08:00:02+01:00"},
                  {"latitude": 48.1373, "longitude": 11.5757, "altitude": 519.9, "timestamp": "2025-03-04T08:00:03+01:00"}]}""";
        String data = """
                "data": {
                  "HKQuantityTypeIdentifierStepCount": [%s],
                  "HKQuantityTypeIdentifierHeartRate": [{"uuid": "H-1", "value": "64", "unit": "count/min",
                    "startDate": "2025-03-04T07:31:05Z", "endDate": "2025-03-04T07:31:05Z"}],
                  "HKQuantityTypeIdentifierDistanceWalkingRunning": [{"uuid": "D-1", "value": 1, "unit": "mi",
                    "startDate": "2025-03-04T08:00:00+01:00", "endDate": "2025-03-04T08:30:00+01:00"}],
                  "workouts": [{"uuid": "W-1", "workoutActivityType": "HKWorkoutActivityTypeRunning",
                    "startDate": "2025-03-04T08:00:00+01:00", "endDate": "2025-03-04T08:30:00+01:00",
                    "durationSeconds": 1800}],
                  "medications": [{"uuid": "M-1", "name": "Ibuprofen", "dosage": "200 mg"}],
                  "medicationDoseEvents": [{"uuid": "E-1", "medicationUuid": "M-1", "date": "2025-03-04T09:00:00+01:00",
                    "status": "taken"}]
                }""".formatted(stepRecords);
        String body = "{\"exportDate\": \"2025-03-05T10:00:00+01:00\", \"syncSource\": \"Health Export Pro\", "
                + (routesAfterData ? data + ", " + routes : routes + ", " + data) + "}";
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
