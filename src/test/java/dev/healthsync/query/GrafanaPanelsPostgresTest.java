package dev.healthsync.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.PostgresServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every panel of the Grafana dashboard ({@code deploy/grafana/healthsync.json}) run as Grafana would run it on
 * PostgreSQL, its macros expanded for one day of the fixture export, gives the daily summary's number for that day.
 */
@PostgresServer
class GrafanaPanelsPostgresTest extends ApiTestSupport {

    private static final Path DASHBOARD = Path.of("deploy/grafana/healthsync.json");
    private static final String DAY = "2024-05-01";
    /** Which field of {@code GET /api/v1/summary/daily} each time-series panel draws. */
    private static final Map<String, String> SUMMARY_FIELD = Map.of(
            "HKQuantityTypeIdentifierStepCount", "steps",
            "HKQuantityTypeIdentifierDistanceWalkingRunning", "distanceMeters",
            "HKQuantityTypeIdentifierActiveEnergyBurned", "activeEnergyKcal",
            "HKQuantityTypeIdentifierHeartRateVariabilitySDNN", "hrvMs",
            "HKQuantityTypeIdentifierRestingHeartRate", "restingHeartRate");

    @Test
    void everyPanelGivesTheDailySummarysNumberForAFixtureDay() throws IOException {
        TestUser user = newUser();
        importExportDirectory(user, Path.of("src/test/resources/fixtures/export/apple_health_export"));
        JsonNode summary = json(get("/api/v1/summary/daily?date=" + DAY, user.key()));

        JsonNode panels = JSON.readTree(DASHBOARD.toFile()).path("panels");
        assertThat(panels).hasSize(SUMMARY_FIELD.size() + 1);
        int compared = 0;
        for (JsonNode panel : panels) {
            String sql = expand(panel.path("targets").get(0).path("rawSql").asString(), user.id());
            List<Map<String, Object>> rows = jdbc.sql(sql).query().listOfRows();
            if (panel.path("type").asString().equals("table")) {
                assertThat(rows).as(panel.path("title").asString()).hasSize(summary.path("workouts").size());
                assertThat(((Number) rows.get(0).get("distance_m")).doubleValue()).isEqualTo(summary.path("workouts")
                        .get(0).path("statistics").path("HKQuantityTypeIdentifierDistanceWalkingRunning").path("sum")
                        .asDouble());
                compared++;
                continue;
            }
            String type = SUMMARY_FIELD.keySet().stream().filter(sql::contains).findFirst().orElseThrow();
            JsonNode expected = summary.path(SUMMARY_FIELD.get(type));
            if (expected.isNull()) {
                assertThat(rows).as(panel.path("title").asString() + ": no value that day").isEmpty();
            } else {
                assertThat(rows).as(panel.path("title").asString()).hasSize(1);
                assertThat(((Number) rows.get(0).get("value")).doubleValue()).as(panel.path("title").asString())
                        .isCloseTo(expected.asDouble(), within(1e-9));
                compared++;
            }
        }
        assertThat(compared).as("panels with a value on the fixture day").isGreaterThanOrEqualTo(4);
    }

    /** Grafana's variables and its time macro, for the one day: {@code $__timeFilter(c)} is c within the range. */
    private static String expand(String sql, long userId) {
        return sql.replace("$user_id", Long.toString(userId))
                .replaceAll("\\$__timeFilter\\(([a-z_]+)\\)",
                        "$1 >= DATE '" + DAY + "' AND $1 < DATE '" + DAY + "' + 1");
    }
}
