package dev.healthsync.ingest.autoexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.testing.CollectingSink;
import dev.healthsync.testing.SharedFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance with the real Health Auto Export payloads in {@code ../shared/fixtures/push/health-auto-export}
 * (docs/contracts.md#conformance), when that folder exists. Asserts on figures read from the files; prints none of them.
 */
class HealthAutoExportRealFixturesTest {

    private static final Path FOLDER = Path.of("..", "shared", "fixtures", "push", "health-auto-export");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int BST = 3600;
    /** 2025-08-12T00:00+01:00 and the next midnight. */
    private static final long AUGUST_12 = 1_754_953_200_000L;
    private static final long AUGUST_13 = 1_755_039_600_000L;
    private static final String Q = "HKQuantityTypeIdentifier";

    private final HealthAutoExportDecoder decoder = new HealthAutoExportDecoder(HaeOptions.detect(LONDON));

    @BeforeEach
    void folderPresent() {
        SharedFixtures.assumePresent(FOLDER);
    }

    @Test
    void dailyMetricsAreAllDayBucketsOfKnownTypes() throws IOException {
        CollectingSink got = decode("cronxco-spark_metrics_daily-aggregated_nowrapper.json");

        assertThat(got.rejects).isEmpty();
        assertThat(got.ignored).isEmpty();
        assertThat(got.samples).isEmpty();
        assertThat(got.aggregates).hasSize(53).allSatisfy(a -> assertThat(a.bucket()).isEqualTo("day"));
        assertThat(got.aggregates.stream().map(RawAggregate::path).map(p -> p.substring(0, p.indexOf(".data")))
                .distinct()).hasSize(28);
        Map<String, Long> perType = got.aggregates.stream()
                .collect(Collectors.groupingBy(RawAggregate::type, Collectors.counting()));
        assertThat(perType).containsOnly(
                entry(Q + "WalkingHeartRateAverage", 2L), entry(Q + "VO2Max", 1L), entry(Q + "TimeInDaylight", 2L),
                entry(Q + "DistanceWalkingRunning", 2L), entry(Q + "StairAscentSpeed", 1L),
                entry(Q + "SixMinuteWalkTestDistance", 1L), entry(Q + "StairDescentSpeed", 2L),
                entry(Q + "WalkingAsymmetryPercentage", 2L), entry(Q + "RestingHeartRate", 2L),
                entry(Q + "StepCount", 2L), entry(Q + "WalkingSpeed", 2L), entry(Q + "WalkingStepLength", 2L),
                entry(Q + "WalkingDoubleSupportPercentage", 2L), entry(Q + "BasalEnergyBurned", 2L),
                entry(Q + "FlightsClimbed", 1L), entry(Q + "HeartRate", 2L),
                entry("HKCategoryTypeIdentifierAppleStandHour", 2L), entry(Q + "AppleStandTime", 2L),
                entry(Q + "AppleExerciseTime", 2L), entry(Q + "HeartRateRecoveryOneMinute", 1L),
                entry(Q + "HeartRateVariabilitySDNN", 2L), entry(Q + "AppleSleepingWristTemperature", 2L),
                entry(Q + "ActiveEnergyBurned", 2L), entry(Q + "OxygenSaturation", 2L),
                entry(Q + "HeadphoneAudioExposure", 2L), entry(Q + "RespiratoryRate", 2L),
                entry(Q + "EnvironmentalAudioExposure", 3L), entry(Q + "PhysicalEffort", 3L));
    }

    @Test
    void stepsOnTheTwelfthKeepTheThreeJoinedSources() throws IOException {
        RawAggregate steps = decode("cronxco-spark_metrics_daily-aggregated_nowrapper.json")
                .aggregatesOf(Q + "StepCount").get(0);
        assertThat(steps.start()).isEqualTo(new Moment(AUGUST_12, BST));
        assertThat(steps.end()).isEqualTo(new Moment(AUGUST_13, BST));
        assertThat(steps.qty()).isEqualTo(8990.0);
        assertThat(steps.unit()).isEqualTo("count");
        assertThat(steps.source().name()).isEqualTo("Will’s Apple Watch|iPhone|Oura");
        assertThat(steps.extraJson()).isEqualTo("{\"HAESources\":[\"Will’s Apple Watch\",\"iPhone\",\"Oura\"]}");
    }

    @Test
    void heartRateMinAvgMaxPerDay() throws IOException {
        assertThat(decode("cronxco-spark_metrics_daily-aggregated_nowrapper.json").aggregatesOf(Q + "HeartRate"))
                .extracting(a -> a.start().epochMillis(), RawAggregate::min, RawAggregate::avg, RawAggregate::max,
                        RawAggregate::qty)
                .containsExactly(tuple(AUGUST_12, 59.0, 90.50026665345655, 180.0, 90.50026665345655),
                        tuple(AUGUST_13, 55.0, 76.00876070790811, 138.0, 76.00876070790811));
    }

    @Test
    void percentPointsBecomeFractionsAndOddUnitsPassThrough() throws IOException {
        CollectingSink got = decode("cronxco-spark_metrics_daily-aggregated_nowrapper.json");
        assertThat(got.aggregatesOf(Q + "OxygenSaturation").get(0).qty()).isEqualTo(97.0625 / 100);
        assertThat(got.aggregatesOf(Q + "OxygenSaturation").get(0).unit()).isEqualTo("%");
        assertThat(got.aggregatesOf(Q + "VO2Max").get(0).unit()).isEqualTo("ml/(kg·min)");
        assertThat(got.aggregatesOf(Q + "PhysicalEffort").get(0).unit()).isEqualTo("kcal/hr·kg");
        assertThat(got.aggregatesOf(Q + "WalkingSpeed").get(0).unit()).isEqualTo("km/hr");
    }

    @Test
    void sevenV2WorkoutsWithTheirIds() throws IOException {
        CollectingSink got = decode("cronxco-spark_workouts_v2_summary_nowrapper.json");

        assertThat(got.rejects).isEmpty();
        assertThat(got.ignored).isEmpty();
        assertThat(got.workouts).extracting(RawWorkout::uuid).containsExactly(
                "1F088C46-09AD-4259-A78F-6CBE9F90BD94", "229809D3-057F-43B4-A5B5-81F383DE6E9E",
                "0A38C1F7-D607-4C37-87DE-C789C73E8B5E", "5F2ACB80-C0F0-4646-92C9-1779373709FB",
                "5DA5FA50-BCF0-4C65-85C6-32F644EF877A", "5F7BDB8E-B02B-4158-B715-42D599BE8DEC",
                "2B21B5D8-3982-4CAB-BE80-07708FC6C541");
        Map<String, Long> perActivity = got.workouts.stream()
                .collect(Collectors.groupingBy(RawWorkout::activityType, Collectors.counting()));
        assertThat(perActivity).containsOnly(entry("HKWorkoutActivityTypeWalking", 6L),
                entry("HKWorkoutActivityTypeMindAndBody", 1L));
        assertThat(got.workouts).extracting(RawWorkout::metadataJson).containsExactly(
                "{\"HKIndoorWorkout\":false}", null, "{\"HKIndoorWorkout\":true}", null,
                "{\"HKIndoorWorkout\":false}", null, "{\"HKIndoorWorkout\":true}");
    }

    @Test
    void theFirstWorkoutsDistanceTimesAndDuration() throws IOException {
        RawWorkout walk = decode("cronxco-spark_workouts_v2_summary_nowrapper.json").workouts.get(0);
        assertThat(walk.start()).isEqualTo(new Moment(1_755_110_267_000L, BST));
        assertThat(walk.end()).isEqualTo(new Moment(1_755_111_397_000L, BST));
        assertThat(walk.durationSeconds()).isEqualTo(1130.0801928043365);
        Map<String, RawStatistic> statistics = walk.statistics().stream()
                .collect(Collectors.toMap(RawStatistic::type, Function.identity()));
        assertThat(statistics.get(Q + "DistanceWalkingRunning"))
                .isEqualTo(new RawStatistic(Q + "DistanceWalkingRunning", 1.8251686498265018, null, null, null, "km"));
        assertThat(statistics.get(Q + "ActiveEnergyBurned").sum()).isEqualTo(77.31842723339633);
        assertThat(statistics.get(Q + "PhysicalEffort").avg()).isEqualTo(4.335439755992295);
    }

    private CollectingSink decode(String file) throws IOException {
        CollectingSink got = new CollectingSink();
        try (InputStream in = Files.newInputStream(FOLDER.resolve(file))) {
            decoder.decode(in, got);
        }
        return got;
    }
}
