package dev.healthsync.query;

import static dev.healthsync.query.series.Steps.PHONE;
import static dev.healthsync.query.series.Steps.WATCH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.query.series.Steps;
import dev.healthsync.testing.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The SQL views for Grafana and notebooks (docs/sql.md) on each database give the API's numbers. */
abstract class ReadingViewsContract extends ApiTestSupport {

    @Test
    void dailyTotalsAreTheSeriesDaysAndSamplesReadAsWritten() {
        TestUser user = newUser();
        byte[] batch = new Steps()
                .steps(WATCH, "2025-03-04T09:00:00+01:00", "2025-03-04T09:10:00+01:00", 300)
                .steps(PHONE, "2025-03-04T09:05:00+01:00", "2025-03-04T09:15:00+01:00", 200)
                .add("HKQuantityTypeIdentifierHeartRate", WATCH, "2025-03-04T09:01:00+01:00",
                        "2025-03-04T09:01:00+01:00", 61)
                .add("HKQuantityTypeIdentifierHeartRate", PHONE, "2025-03-04T09:02:00+01:00",
                        "2025-03-04T09:02:00+01:00", 67)
                .batch();
        assertThat(postJson("/api/apple-health/sync", user.key(), batch).statusCode()).isEqualTo(200);
        JsonNode steps = json(get("/api/v1/series/" + Steps.STEPS + "?from=2025-03-04&to=2025-03-05", user.key()));
        JsonNode heart = json(get("/api/v1/series/HKQuantityTypeIdentifierHeartRate?from=2025-03-04&to=2025-03-05",
                user.key()));

        Map<String, Object> stepsDay = jdbc.sql("SELECT CAST(day AS TEXT) AS day, total, samples FROM daily_totals"
                        + " WHERE user_id = ? AND type = ?").param(user.id()).param(Steps.STEPS).query().singleRow();
        assertThat(stepsDay.get("day")).isEqualTo("2025-03-04");
        assertThat(((Number) stepsDay.get("total")).doubleValue()).as("merged as the API merges: 300 + 100")
                .isEqualTo(steps.path("buckets").get(0).path("value").asDouble()).isEqualTo(400.0);
        Map<String, Object> heartDay = jdbc.sql("SELECT average, minimum, maximum FROM daily_totals"
                        + " WHERE user_id = ? AND type = ?").param(user.id())
                .param("HKQuantityTypeIdentifierHeartRate").query().singleRow();
        assertThat(((Number) heartDay.get("average")).doubleValue())
                .isEqualTo(heart.path("buckets").get(0).path("value").asDouble()).isEqualTo(64.0);
        assertThat(((Number) heartDay.get("maximum")).doubleValue()).isEqualTo(67.0);

        Map<String, Object> sample = jdbc.sql("SELECT type, value, CAST(start_local AS TEXT) AS start_local,"
                        + " utc_offset_minutes, source FROM samples_readable WHERE user_id = ? AND value = 300")
                .param(user.id()).query().singleRow();
        assertThat(sample.get("type")).isEqualTo(Steps.STEPS);
        assertThat(sample.get("start_local")).isEqualTo("2025-03-04 09:00:00");
        assertThat(((Number) sample.get("utc_offset_minutes")).intValue()).isEqualTo(60);
        assertThat(sample.get("source")).isEqualTo(WATCH);
    }

    @Test
    void workoutsSummaryHasTheWorkoutsDistanceEnergyAndRoute() {
        TestUser user = newUser();
        String body = """
                {"batchId": "views", "deviceId": "phone", "workouts": [
                  {"uuid": "V-1", "activityType": "HKWorkoutActivityTypeRunning",
                   "startDate": "2025-06-01T07:00:00+02:00", "endDate": "2025-06-01T07:30:00+02:00",
                   "duration": 1800,
                   "statistics": {"HKQuantityTypeIdentifierDistanceWalkingRunning": {"sum": 5012, "unit": "m"},
                                  "HKQuantityTypeIdentifierActiveEnergyBurned": {"sum": 310, "unit": "kcal"}},
                   "route": [{"timestamp": "2025-06-01T07:00:00+02:00", "latitude": 48.1, "longitude": 11.5},
                             {"timestamp": "2025-06-01T07:01:00+02:00", "latitude": 48.101, "longitude": 11.5}],
                   "source": {"name": "Ana’s Apple Watch"}}]}""";
        assertThat(postJson("/api/apple-health/sync", user.key(), body.getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
        JsonNode listed = json(get("/api/v1/workouts", user.key())).path("items").get(0);

        Map<String, Object> row = jdbc.sql("SELECT activity_type, CAST(start_local AS TEXT) AS start_local,"
                        + " duration_s, distance_m, active_energy_kcal, route_points, source FROM workouts_summary"
                        + " WHERE user_id = ?").param(user.id()).query().singleRow();
        assertThat(row.get("activity_type")).isEqualTo("HKWorkoutActivityTypeRunning");
        assertThat(row.get("start_local")).isEqualTo("2025-06-01 07:00:00");
        assertThat(((Number) row.get("distance_m")).doubleValue()).isEqualTo(listed.path("statistics")
                .path("HKQuantityTypeIdentifierDistanceWalkingRunning").path("sum").asDouble());
        assertThat(((Number) row.get("active_energy_kcal")).doubleValue()).isEqualTo(310.0);
        assertThat(((Number) row.get("duration_s")).doubleValue()).isEqualTo(1800.0);
        assertThat(((Number) row.get("route_points")).intValue()).isEqualTo(listed.path("routePoints").asInt())
                .isEqualTo(2);
        assertThat(row.get("source")).isEqualTo("Ana’s Apple Watch");
    }
}
