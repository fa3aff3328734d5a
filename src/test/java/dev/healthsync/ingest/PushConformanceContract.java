package dev.healthsync.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.SharedFixtures;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The real payloads in {@code ../shared/fixtures/push/} (written by others; see their PROVENANCE.md) through the
 * real endpoints, with stored counts and values asserted. Skipped with a message where that folder is absent, as
 * on a user's fresh clone; CI has it.
 */
abstract class PushConformanceContract extends ApiTestSupport {

    private static final Path PUSH = Path.of("..", "shared", "fixtures", "push");
    private static final Path HAE = PUSH.resolve("health-auto-export");
    private static final long DAY_2025_08_12_BST = 1_754_953_200_000L;

    @Test
    void healthAutoExportDailyMetrics() throws IOException {
        Path file = HAE.resolve("cronxco-spark_metrics_daily-aggregated_nowrapper.json");
        SharedFixtures.assumePresent(file);
        TestUser user = newUser();
        byte[] body = Files.readAllBytes(file);

        JsonNode receipt = json(ok(postJson("/api/health-auto-export", user.key(), body)));
        assertThat(receipt.path("rejectedCount").asLong()).isZero();
        assertThat(receipt.path("ignored").asLong()).isZero();
        assertThat(receipt.path("aggregates").asLong()).isEqualTo(53);
        assertThat(count("aggregates", user.id())).isEqualTo(53);
        assertThat(count("samples", user.id())).isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT type_id) FROM aggregates WHERE user_id = ?").param(user.id())
                .query(Long.class).single()).isEqualTo(28);

        assertThat(bucket(user.id(), "HKQuantityTypeIdentifierStepCount", DAY_2025_08_12_BST).get("qty"))
                .isEqualTo(8990.0);
        Map<String, Object> heartRate = bucket(user.id(), "HKQuantityTypeIdentifierHeartRate", DAY_2025_08_12_BST);
        assertThat(heartRate.get("min_value")).isEqualTo(59.0);
        assertThat(heartRate.get("avg_value")).isEqualTo(90.50026665345655);
        assertThat(heartRate.get("max_value")).isEqualTo(180.0);
        assertThat((Double) bucket(user.id(), "HKQuantityTypeIdentifierOxygenSaturation", DAY_2025_08_12_BST)
                .get("qty")).isCloseTo(0.970625, org.assertj.core.data.Offset.offset(1e-12));

        ok(postJson("/api/health-auto-export", user.key(), body));
        assertThat(count("aggregates", user.id())).isEqualTo(53);
        assertThat(bucket(user.id(), "HKQuantityTypeIdentifierStepCount", DAY_2025_08_12_BST).get("qty"))
                .isEqualTo(8990.0);
    }

    @Test
    void healthAutoExportWorkoutsV2() throws IOException {
        Path file = HAE.resolve("cronxco-spark_workouts_v2_summary_nowrapper.json");
        SharedFixtures.assumePresent(file);
        TestUser user = newUser();
        byte[] body = Files.readAllBytes(file);

        JsonNode receipt = json(ok(postJson("/api/health-auto-export", user.key(), body)));
        assertThat(receipt.path("inserted").path("workouts").asLong()).isEqualTo(7);
        assertThat(receipt.path("rejectedCount").asLong()).isZero();
        assertThat(count("workouts", user.id())).isEqualTo(7);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM workouts WHERE user_id = ? AND activity_type = ?")
                .params(user.id(), "HKWorkoutActivityTypeWalking").query(Long.class).single()).isEqualTo(6);
        Map<String, Object> walk = jdbc.sql("""
                        SELECT w.duration_s, s.sum_value, s.unit FROM workouts w
                        JOIN workout_statistics s ON s.workout_id = w.id
                        WHERE w.user_id = ? AND w.uuid = '1F088C46-09AD-4259-A78F-6CBE9F90BD94'
                          AND s.type = 'HKQuantityTypeIdentifierDistanceWalkingRunning'""")
                .param(user.id()).query().singleRow();
        assertThat(walk.get("duration_s")).isEqualTo(1130.0801928043365);
        assertThat((Double) walk.get("sum_value")).isCloseTo(1825.1686498265018,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(walk.get("unit")).isEqualTo("m");

        JsonNode again = json(ok(postJson("/api/health-auto-export", user.key(), body)));
        assertThat(again.path("inserted").path("workouts").asLong()).isZero();
        assertThat(again.path("duplicates").asLong()).isEqualTo(7);
        assertThat(count("workouts", user.id())).isEqualTo(7);
    }

    private Map<String, Object> bucket(long userId, String type, long startMs) {
        return jdbc.sql("""
                        SELECT a.qty, a.min_value, a.avg_value, a.max_value FROM aggregates a
                        JOIN health_types t ON t.id = a.type_id
                        WHERE a.user_id = ? AND t.identifier = ? AND a.start_ms = ?""")
                .params(userId, type, startMs).query().singleRow();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
