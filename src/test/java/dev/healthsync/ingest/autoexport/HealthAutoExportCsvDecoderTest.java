package dev.healthsync.ingest.autoexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.testing.CollectingSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HealthAutoExportCsvDecoderTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int CET = 3600;
    private static final int CEST = 7200;
    /** Local midnights in Amsterdam around the switch to summer time on 2025-03-30. */
    private static final long MARCH_29 = 1_743_202_800_000L;
    private static final long MARCH_30 = 1_743_289_200_000L;
    private static final long MARCH_31 = 1_743_372_000_000L;
    private static final long APRIL_1 = 1_743_458_400_000L;

    @Nested
    class Metrics {

        private final CollectingSink got = decodeFixture("metrics-days.csv");

        @Test
        void localMidnightsAreDayBucketsInTheUsersZoneAcrossTheDstChange() {
            assertThat(got.aggregatesOf("HKQuantityTypeIdentifierActiveEnergyBurned"))
                    .extracting(RawAggregate::start, RawAggregate::end, RawAggregate::qty, RawAggregate::unit)
                    .containsExactly(
                            tuple(new Moment(MARCH_29, CET), new Moment(MARCH_30, CET), 2510.4, "kJ"),
                            tuple(new Moment(MARCH_30, CET), new Moment(MARCH_31, CEST), 1987.3, "kJ"),
                            tuple(new Moment(MARCH_31, CEST), new Moment(APRIL_1, CEST), 402.0, "kJ"));
            assertThat(got.aggregates).allSatisfy(a -> assertThat(a.bucket()).isEqualTo("day"));
            assertThat(got.samples).isEmpty();
        }

        @Test
        void heartRateColumnsMakeOneBucket() {
            assertThat(got.aggregatesOf("HKQuantityTypeIdentifierHeartRate"))
                    .extracting(RawAggregate::path, RawAggregate::min, RawAggregate::avg, RawAggregate::max,
                            RawAggregate::qty, RawAggregate::unit)
                    .containsExactly(
                            tuple("metrics-days.csv[0][\"Heart Rate\"]", 51.0, 70.5, 149.0, 70.5, "count/min"),
                            tuple("metrics-days.csv[1][\"Heart Rate\"]", 54.0, 68.0, 131.0, 68.0, "count/min"),
                            tuple("metrics-days.csv[2][\"Heart Rate\"]", 58.0, 71.0, 96.0, 71.0, "count/min"));
        }

        @Test
        void percentIsAFractionAndOddUnitsPassThrough() {
            assertThat(got.aggregatesOf("HKQuantityTypeIdentifierOxygenSaturation"))
                    .extracting(RawAggregate::qty, RawAggregate::unit)
                    .containsExactly(tuple(0.97, "%"), tuple(0.965, "%"));
            assertThat(got.aggregatesOf("HKQuantityTypeIdentifierVO2Max"))
                    .extracting(RawAggregate::qty, RawAggregate::unit).containsExactly(tuple(42.1, "ml/(kg·min)"));
            assertThat(got.aggregatesOf("HKQuantityTypeIdentifierDistanceWalkingRunning"))
                    .extracting(RawAggregate::qty).containsExactly(6.25, 5.0, 0.8);
        }

        @Test
        void sleepColumnsMakeOneNightWithTheTotalAsValue() {
            assertThat(got.aggregatesOf("HKCategoryTypeIdentifierSleepAnalysis"))
                    .extracting(RawAggregate::qty, RawAggregate::unit, RawAggregate::extraJson)
                    .containsExactly(tuple(7.5, "hr", "{\"asleep\":7.1,\"deep\":1.2}"),
                            tuple(6.75, "hr", "{\"asleep\":6.5,\"deep\":0.9}"));
        }

        @Test
        void bloodPressureColumnsMakeTwoTypes() {
            assertThat(got.aggregates).filteredOn(a -> a.type().contains("BloodPressure"))
                    .extracting(RawAggregate::path, RawAggregate::type, RawAggregate::qty)
                    .containsExactly(
                            tuple("metrics-days.csv[1][\"Blood Pressure\"].systolic",
                                    "HKQuantityTypeIdentifierBloodPressureSystolic", 121.0),
                            tuple("metrics-days.csv[1][\"Blood Pressure\"].diastolic",
                                    "HKQuantityTypeIdentifierBloodPressureDiastolic", 79.0));
        }

        @Test
        void aBrokenCellIsRejectedAndAnUnknownColumnIgnoredOnce() {
            assertThat(got.rejects).containsExactly(
                    entry("metrics-days.csv[2][\"Step Count (count)\"]", "expected a number"));
            assertThat(got.aggregatesOf("HKQuantityTypeIdentifierStepCount")).extracting(RawAggregate::qty)
                    .containsExactly(9876.0, 7012.0);
            assertThat(got.ignored).containsExactly("metrics-days.csv[\"Mood, Self-Rated (count)\"]");
        }
    }

    @Nested
    class Workouts {

        private final CollectingSink got = decodeFixture("workouts.csv");

        @Test
        void localTimesAreReadInTheUsersZone() {
            assertThat(got.workouts).extracting(RawWorkout::activityType, RawWorkout::start, RawWorkout::end,
                    RawWorkout::durationSeconds)
                    .containsExactly(
                            tuple("HKWorkoutActivityTypeRunning", new Moment(1_743_235_440_000L, CET),
                                    new Moment(1_743_237_360_000L, CET), 1935.0),
                            tuple("HKWorkoutActivityTypeWalking", new Moment(1_743_295_500_000L, CET),
                                    new Moment(1_743_297_300_000L, CEST), 1800.0),
                            tuple("HKWorkoutActivityTypeSwimming", new Moment(1_743_436_800_000L, CEST),
                                    new Moment(1_743_439_200_000L, CEST), 2400.0));
            assertThat(got.workouts).allSatisfy(w -> assertThat(w.uuid()).isNull());
        }

        @Test
        void summaryColumnsBecomeStatisticsAndMetadata() {
            RawWorkout run = got.workouts.get(0);
            assertThat(run.statistics()).containsExactlyInAnyOrder(
                    new RawStatistic("HKQuantityTypeIdentifierActiveEnergyBurned", 310.5, null, null, null, "kcal"),
                    new RawStatistic("HKQuantityTypeIdentifierBasalEnergyBurned", 45.2, null, null, null, "kcal"),
                    new RawStatistic("HKQuantityTypeIdentifierPhysicalEffort", null, null, 8.9, null, "kcal/hr·kg"),
                    new RawStatistic("HKQuantityTypeIdentifierHeartRate", null, null, 148.0, 171.0, "count/min"),
                    new RawStatistic("HKQuantityTypeIdentifierFlightsClimbed", 3.0, null, null, null, "count"),
                    new RawStatistic("HKQuantityTypeIdentifierStepCount", 4650.0, null, null, null, "count"),
                    new RawStatistic("HKQuantityTypeIdentifierDistanceWalkingRunning", 5.2, null, null, null, "km"));
            assertThat(run.metadataJson()).isEqualTo("{\"HAEStepCadence\":\"144 spm\",\"HKAverageSpeed\":\"9.7 km/hr\","
                    + "\"HKElevationAscended\":\"21 m\",\"HKElevationDescended\":\"19 m\",\"HKIndoorWorkout\":false,"
                    + "\"HKMaximumSpeed\":\"14.2 km/hr\",\"HKWeatherHumidity\":\"71 %\","
                    + "\"HKWeatherTemperature\":\"8.5 degC\"}");
        }

        @Test
        void aLocalizedNameAndAPoolSwim() {
            assertThat(got.workouts.get(1).metadataJson()).isEqualTo("{\"HAEStepCadence\":\"101 spm\","
                    + "\"HKIndoorWorkout\":false}");
            RawWorkout swim = got.workouts.get(2);
            assertThat(swim.statistics()).contains(
                    new RawStatistic("HKQuantityTypeIdentifierDistanceSwimming", 1.5, null, null, null, "km"),
                    new RawStatistic("HKQuantityTypeIdentifierSwimmingStrokeCount", 620.0, null, null, null, "count"));
            assertThat(swim.metadataJson()).isEqualTo("{\"HAESwimCadence\":\"28 spm\",\"HKLapLength\":\"25 m\","
                    + "\"HKSWOLFScore\":38,\"HKSwimmingLocationType\":1,\"HKSwimmingStrokeStyle\":\"Freestyle\","
                    + "\"HKWaterSalinity\":\"Fresh Water\"}");
        }

        @Test
        void aRowWithABadStartIsRejected() {
            assertThat(got.rejects).containsExactly(entry("workouts.csv[3].Start", HaeDates.BAD_DATE));
            assertThat(got.ignored).isEmpty();
        }
    }

    @Test
    void dateOnlyRowsAreDays() {
        CollectingSink got = decode("Date,Step Count (count)\n2025-03-30,7012\n", null);
        assertThat(got.aggregates).extracting(RawAggregate::bucket, RawAggregate::start, RawAggregate::end)
                .containsExactly(tuple("day", new Moment(MARCH_30, CET), new Moment(MARCH_31, CEST)));
    }

    @Test
    void rowsOffTheHourAreSamplesAtTheirLocalTime() {
        CollectingSink got = decode("Date/Time,Heart Rate [Avg] (count/min)\n"
                + "2025-03-30 03:10:17,61\n2025-03-30 03:11:02,63\n", null);
        assertThat(got.samples).extracting(RawSample::value, RawSample::start)
                .containsExactly(tuple(61.0, new Moment(MARCH_30 + 7_817_000L, CEST)),
                        tuple(63.0, new Moment(MARCH_30 + 7_862_000L, CEST)));
    }

    @Test
    void quotedFieldsAndSemicolonsAndDecimalCommas() {
        CollectingSink got = decode("\uFEFFDate/Time;\"Step Count (count)\";\"Weight & Body Mass (kg)\"\r\n"
                + "2025-03-29 00:00:00;\"1234\";\"71,5\"\r\n", new HaeOptions(AMSTERDAM, "days"));
        assertThat(got.aggregates).extracting(RawAggregate::type, RawAggregate::qty).containsExactly(
                tuple("HKQuantityTypeIdentifierStepCount", 1234.0), tuple("HKQuantityTypeIdentifierBodyMass", 71.5));
    }

    @Test
    void theNoneOptionMakesMidnightRowsSamples() {
        CollectingSink got = decode("Date/Time,Step Count (count)\n2025-03-29 00:00:00,10\n",
                new HaeOptions(AMSTERDAM, "none"));
        assertThat(got.aggregates).isEmpty();
        assertThat(got.samples).extracting(RawSample::value, RawSample::start)
                .containsExactly(tuple(10.0, new Moment(MARCH_29, CET)));
    }

    private CollectingSink decode(String csv, HaeOptions options) {
        CollectingSink got = new CollectingSink();
        new HealthAutoExportCsvDecoder("inline.csv", options == null ? HaeOptions.detect(AMSTERDAM) : options)
                .decode(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), got);
        return got;
    }

    private CollectingSink decodeFixture(String name) {
        CollectingSink got = new CollectingSink();
        try (InputStream in = HealthAutoExportDecoderTest.fixture(name)) {
            new HealthAutoExportCsvDecoder(name, HaeOptions.detect(AMSTERDAM)).decode(in, got);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return got;
    }
}
