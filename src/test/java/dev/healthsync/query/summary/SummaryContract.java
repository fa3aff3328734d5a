package dev.healthsync.query.summary;

import static dev.healthsync.query.series.Steps.GARMIN;
import static dev.healthsync.query.series.Steps.PHONE;
import static dev.healthsync.query.series.Steps.WATCH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.cli.bench.ExportGenerator;
import dev.healthsync.query.series.Steps;
import dev.healthsync.testing.ApiTestSupport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The daily summary on each database: a hand-made day pushed through the HealthSync bridge, every field computed by
 * hand and equal to what series says for the day; the export's own rings, and ours agreeing with them on every day
 * of a generated export; the range form; refusals; other users.
 */
abstract class SummaryContract extends ApiTestSupport {

    private static final String Q = "HKQuantityTypeIdentifier";
    private static final String STAND = "HKCategoryTypeIdentifierAppleStandHour";
    private static final String STOOD = "HKCategoryValueAppleStandHourStood";
    private static final String SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";
    private static final String DAY = "2025-06-10";

    /** Each number of the summary and the series query that must give the same value for the day. */
    private static final Map<String, String> SERIES = new LinkedHashMap<>();

    static {
        SERIES.put("steps", Q + "StepCount?");
        SERIES.put("distanceMeters", Q + "DistanceWalkingRunning?");
        SERIES.put("activeEnergyKcal", Q + "ActiveEnergyBurned?");
        SERIES.put("basalEnergyKcal", Q + "BasalEnergyBurned?");
        SERIES.put("exerciseMinutes", Q + "AppleExerciseTime?");
        SERIES.put("standHours", STAND + "?agg=count&value=" + STOOD + "&");
        SERIES.put("flightsClimbed", Q + "FlightsClimbed?");
        SERIES.put("restingHeartRate", Q + "RestingHeartRate?");
        SERIES.put("hrvMs", Q + "HeartRateVariabilitySDNN?");
        SERIES.put("vo2Max", Q + "VO2Max?");
        SERIES.put("weightKg", Q + "BodyMass?");
    }

    @Test
    void aHandMadeDayIsSummedByHandAndAgreesWithSeries() {
        TestUser user = newUser();
        push(user);

        JsonNode day = summary(user, "?date=" + DAY);
        assertThat(day.path("date").asString()).isEqualTo(DAY);
        // watch 1000 (08:00–09:00); the phone's 1200 over 08:30–09:30 counts for 09:00–09:30 only: 600; the
        // phone's 50 at 00:10 (the 9th in UTC) is lived on the 10th; its 100 at 23:30 on the 9th is not
        assertThat(day.path("steps").asDouble()).isEqualTo(1650.0);
        assertThat(day.path("distanceMeters").asDouble()).isEqualTo(800.0);
        // the phone's 250 kcal lies under the watch's 300 and is merged away
        assertThat(day.path("activeEnergyKcal").asDouble()).isEqualTo(420.0);
        assertThat(day.path("basalEnergyKcal").asDouble()).isEqualTo(1700.0);
        assertThat(day.path("exerciseMinutes").asDouble()).isEqualTo(50.0);
        assertThat(day.path("standHours").asDouble()).as("three stood, one idle").isEqualTo(3.0);
        assertThat(day.path("flightsClimbed").asDouble()).isEqualTo(3.0);
        assertThat(day.path("restingHeartRate").asDouble()).isEqualTo(54.0);
        assertThat(day.path("hrvMs").asDouble()).isEqualTo(45.0);
        assertThat(day.path("vo2Max").asDouble()).isEqualTo(42.5);
        assertThat(day.path("weightKg").asDouble()).isEqualTo(70.2);
        assertThat(day.path("units").path("restingHeartRate").asString()).isEqualTo("count/min");
        assertThat(day.path("units").path("vo2Max").asString()).isEqualTo("mL/(kg*min)");
        assertThat(day.path("units").path("distanceMeters").asString()).isEqualTo("m");

        JsonNode night = day.path("sleep");
        assertThat(night.path("date").asString()).isEqualTo(DAY);
        assertThat(night.path("bedtime").asString()).isEqualTo("2025-06-09T23:00:00+02:00");
        assertThat(night.path("asleepMinutes").asDouble()).isEqualTo(450.0);
        assertThat(day.path("workouts")).hasSize(1);
        JsonNode workout = day.path("workouts").get(0);
        assertThat(workout.path("uuid").asString()).isEqualTo("RUN-10");
        assertThat(workout.path("start").asString()).isEqualTo("2025-06-10T18:00:00+02:00");
        assertThat(workout.path("durationSeconds").asDouble()).isEqualTo(1800.0);
        assertThat(day.path("appleActivitySummary").isNull()).as("pushes carry no ActivitySummary").isTrue();

        for (Map.Entry<String, String> field : SERIES.entrySet()) {
            HttpResponse<String> series = get("/api/v1/series/" + field.getValue() + "from=" + DAY
                    + "&to=2025-06-11&bucket=day", user.key());
            assertThat(series.statusCode()).as(series.body()).isEqualTo(200);
            assertThat(day.path(field.getKey()).asDouble()).as(field.getKey())
                    .isEqualTo(json(series).path("buckets").get(0).path("value").asDouble());
        }
        assertThat(json(get("/api/v1/sleep?from=" + DAY + "&to=2025-06-11", user.key())).path("nights").get(0))
                .isEqualTo(night);
        assertThat(json(get("/api/v1/workouts?from=2025-06-10T00:00:00%2B02:00&to=2025-06-11T00:00:00%2B02:00",
                user.key())).path("items")).isEqualTo(day.path("workouts"));
    }

    @Test
    void aRangeGivesEveryDayAndEmptyDaysAreNullNotZero() {
        TestUser user = newUser();
        push(user);

        JsonNode days = summary(user, "?from=2025-06-09&to=2025-06-12").path("days");
        assertThat(days).hasSize(3);
        assertThat(days.valueStream().map(d -> d.path("date").asString()))
                .containsExactly("2025-06-09", DAY, "2025-06-11");
        assertThat(days.get(1)).isEqualTo(summary(user, "?date=" + DAY));
        JsonNode ninth = days.get(0);
        assertThat(ninth.path("steps").asDouble()).isEqualTo(100.0);
        assertThat(ninth.path("activeEnergyKcal").isNull()).isTrue();
        assertThat(ninth.path("standHours").isNull()).as("no stand-hour sample at all").isTrue();
        assertThat(ninth.path("sleep").isNull()).isTrue();
        JsonNode eleventh = days.get(2);
        assertThat(eleventh.path("standHours").asDouble()).as("an idle hour only: stood for none").isEqualTo(0.0);
        assertThat(eleventh.path("steps").isNull()).isTrue();
        assertThat(eleventh.path("weightKg").isNull()).isTrue();
        assertThat(eleventh.path("workouts")).as("22:30 UTC on the 10th, lived after midnight at +02:00").hasSize(1);
        assertThat(eleventh.path("workouts").get(0).path("uuid").asString()).isEqualTo("SWIM-11");
    }

    @Test
    void theExportsOwnActivitySummaryIsShownAsStored() throws IOException {
        TestUser user = newUser();
        importExportDirectory(user, Path.of("src/test/resources/fixtures/export/apple_health_export"));

        JsonNode rings = summary(user, "?date=2024-05-01").path("appleActivitySummary");
        assertThat(rings.path("activeEnergyBurned").asDouble()).isEqualTo(2412.5);
        assertThat(rings.path("activeEnergyBurnedGoal").asDouble()).isEqualTo(2500.0);
        assertThat(rings.path("activeEnergyBurnedUnit").asString()).isEqualTo("kJ");
        assertThat(rings.path("appleMoveTime").asDouble()).isEqualTo(0.0);
        assertThat(rings.path("appleExerciseTime").asDouble()).isEqualTo(41.0);
        assertThat(rings.path("appleExerciseTimeGoal").asDouble()).isEqualTo(30.0);
        assertThat(rings.path("appleStandHours").asDouble()).isEqualTo(11.0);
        assertThat(rings.path("appleStandHoursGoal").asDouble()).isEqualTo(12.0);
        assertThat(rings.has("dateComponents")).as("the day is the summary's date").isFalse();

        JsonNode days = summary(user, "?from=2024-04-30&to=2024-05-03").path("days");
        assertThat(days.get(0).path("appleActivitySummary").isNull()).isTrue();
        assertThat(days.get(2).path("appleActivitySummary").path("activeEnergyBurnedUnit").asString())
                .isEqualTo("kcal");
        assertThat(days.get(2).path("appleActivitySummary").path("activeEnergyBurned").asDouble()).isEqualTo(388.1);
        assertThat(days.get(1).path("workouts")).isNotEmpty();
        assertThat(days.get(1).path("activeEnergyKcal").isNull()).isFalse();
    }

    @Test
    void ourRingsAgreeWithApplesOnEveryDayOfAGeneratedExport(@TempDir Path dir) throws IOException {
        ExportGenerator.GeneratedExport export = new ExportGenerator(20_000, 3).write(dir.resolve("export.zip"));
        TestUser user = newUser();
        importExport(user, Files.readAllBytes(export.file()), "export.zip");

        LocalDate end = LocalDate.of(2025, 2, 1);
        JsonNode days = summary(user, "?from=" + end.minusDays(export.days()) + "&to=" + end).path("days");
        List<DailySummary> summaries = List.of(JSON.treeToValue(days, DailySummary[].class));
        ActivityAgreement.Report report = ActivityAgreement.of(summaries);

        assertThat(report.days()).as("an ActivitySummary every day").isEqualTo(export.days());
        assertThat(report.shareWithin()).as("worst: %s", report.worst()).isEqualTo(1.0);
        assertThat(summaries).allSatisfy(day -> {
            assertThat(day.standHours()).isPositive();
            assertThat(day.exerciseMinutes()).isPositive();
        });
    }

    @Test
    void badParametersAreRefusedByName() {
        TestUser user = newUser();
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("/api/v1/summary/daily?date=tomorrow", "date");
        refusals.put("/api/v1/summary/daily?date=2025-06-10&from=2025-06-01", "date");
        refusals.put("/api/v1/summary/daily?from=yesterday", "from");
        refusals.put("/api/v1/summary/daily?from=2025-06-01&to=2025-13-01", "to");
        refusals.put("/api/v1/summary/daily?from=2025-06-10&to=2025-06-10", "to");
        refusals.put("/api/v1/summary/daily?from=2024-01-01&to=2025-06-01", "to");
        assertRefusedByName(user.key(), refusals);
        assertThat(summary(user, "").path("days")).as("the last week, every field null").hasSize(7);
    }

    @Test
    void anotherUsersDayIsNotSeen() {
        push(newUser());
        JsonNode day = summary(newUser(), "?date=" + DAY);
        for (String field : SERIES.keySet()) {
            assertThat(day.path(field).isNull()).as(field).isTrue();
        }
        assertThat(day.path("sleep").isNull()).isTrue();
        assertThat(day.path("workouts")).isEmpty();
    }

    private void push(TestUser user) {
        Steps day = new Steps()
                .steps(WATCH, "2025-06-10T08:00:00+02:00", "2025-06-10T09:00:00+02:00", 1000)
                .steps(PHONE, "2025-06-10T08:30:00+02:00", "2025-06-10T09:30:00+02:00", 1200)
                .steps(PHONE, "2025-06-10T00:10:00+02:00", "2025-06-10T00:20:00+02:00", 50)
                .steps(PHONE, "2025-06-09T23:30:00+02:00", "2025-06-09T23:50:00+02:00", 100)
                .add(Q + "DistanceWalkingRunning", WATCH, "2025-06-10T08:00:00+02:00", "2025-06-10T09:00:00+02:00",
                        800)
                .add(Q + "ActiveEnergyBurned", WATCH, "2025-06-10T08:00:00+02:00", "2025-06-10T09:00:00+02:00", 300)
                .add(Q + "ActiveEnergyBurned", PHONE, "2025-06-10T08:10:00+02:00", "2025-06-10T08:50:00+02:00", 250)
                .add(Q + "ActiveEnergyBurned", WATCH, "2025-06-10T18:00:00+02:00", "2025-06-10T18:30:00+02:00", 120)
                .add(Q + "BasalEnergyBurned", WATCH, "2025-06-10T00:00:00+02:00", "2025-06-10T12:00:00+02:00", 800)
                .add(Q + "BasalEnergyBurned", WATCH, "2025-06-10T12:00:00+02:00", "2025-06-11T00:00:00+02:00", 900)
                .add(Q + "AppleExerciseTime", WATCH, "2025-06-10T08:00:00+02:00", "2025-06-10T08:30:00+02:00", 30)
                .add(Q + "AppleExerciseTime", WATCH, "2025-06-10T18:00:00+02:00", "2025-06-10T18:20:00+02:00", 20)
                .add(Q + "FlightsClimbed", PHONE, "2025-06-10T08:10:00+02:00", "2025-06-10T08:20:00+02:00", 3)
                .add(Q + "RestingHeartRate", WATCH, "2025-06-10T07:00:00+02:00", "2025-06-10T07:00:00+02:00", 52)
                .add(Q + "RestingHeartRate", WATCH, "2025-06-10T22:00:00+02:00", "2025-06-10T22:00:00+02:00", 56)
                .add(Q + "HeartRateVariabilitySDNN", WATCH, "2025-06-10T03:00:00+02:00", "2025-06-10T03:01:00+02:00",
                        40)
                .add(Q + "HeartRateVariabilitySDNN", WATCH, "2025-06-10T15:00:00+02:00", "2025-06-10T15:01:00+02:00",
                        50)
                .add(Q + "VO2Max", WATCH, "2025-06-10T18:30:00+02:00", "2025-06-10T18:30:00+02:00", 42.5)
                .add(Q + "BodyMass", GARMIN, "2025-06-10T07:00:00+02:00", "2025-06-10T07:00:00+02:00", 70.4)
                .add(Q + "BodyMass", GARMIN, "2025-06-10T21:00:00+02:00", "2025-06-10T21:00:00+02:00", 70.0);
        stand(day, "2025-06-10T08:00:00+02:00", STOOD);
        stand(day, "2025-06-10T09:00:00+02:00", STOOD);
        stand(day, "2025-06-10T10:00:00+02:00", "HKCategoryValueAppleStandHourIdle");
        stand(day, "2025-06-10T18:00:00+02:00", STOOD);
        stand(day, "2025-06-11T09:00:00+02:00", "HKCategoryValueAppleStandHourIdle");
        day.add(SLEEP, WATCH, "2025-06-09T23:00:00+02:00", "2025-06-10T06:30:00+02:00",
                "HKCategoryValueSleepAnalysisAsleepCore", Map.of());
        HttpResponse<String> samples = postJson("/api/apple-health/sync", user.key(), day.batch());
        assertThat(samples.statusCode()).as(samples.body()).isEqualTo(200);

        String workouts = """
                {"batchId": "workouts", "deviceId": "hand-written", "workouts": [%s, %s]}"""
                .formatted(workout("RUN-10", "Running", "2025-06-10T18:00:00+02:00", "2025-06-10T18:30:00+02:00"),
                        workout("SWIM-11", "Swimming", "2025-06-11T00:30:00+02:00", "2025-06-11T01:00:00+02:00"));
        HttpResponse<String> pushed = postJson("/api/apple-health/sync", user.key(),
                workouts.getBytes(StandardCharsets.UTF_8));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
    }

    private static void stand(Steps day, String start, String value) {
        day.add(STAND, WATCH, start, java.time.OffsetDateTime.parse(start).plusHours(1).toString(), value, Map.of());
    }

    private static String workout(String uuid, String activity, String start, String end) {
        return """
                {"uuid": "%s", "activityType": "HKWorkoutActivityType%s", "startDate": "%s", "endDate": "%s",
                 "duration": 1800, "source": {"name": "%s", "bundleId": "com.apple.health.5B2C9F10"}}"""
                .formatted(uuid, activity, start, end, WATCH);
    }

    private JsonNode summary(TestUser user, String query) {
        HttpResponse<String> response = get("/api/v1/summary/daily" + query, user.key());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }
}
