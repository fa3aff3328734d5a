package dev.healthsync.ingest.autoexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.ingest.decoder.MalformedBodyException;
import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
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
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthAutoExportDecoderTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final int CEST = 7200;
    /** 2025-06-01T00:00+02:00 and the next two midnights. */
    static final long JUNE_1 = 1_748_728_800_000L;
    static final long JUNE_2 = 1_748_815_200_000L;
    static final long JUNE_3 = 1_748_901_600_000L;
    static final SourceInfo WATCH = new SourceInfo("Ana’s Apple Watch", null, null);
    static final SourceInfo WATCH_AND_PHONE = new SourceInfo("Ana’s Apple Watch|iPhone", null, null);
    static final SourceInfo PHONE = new SourceInfo("Ana’s iPhone", null, null);

    @Nested
    class DailyMetricsWithoutWrapper {

        private final CollectingSink got = decodeFixture("metrics-days-nowrapper.json", HaeOptions.detect(AMSTERDAM));

        @Test
        void everyPointIsADayBucketAndTheUnknownMetricIsIgnored() {
            assertThat(got.samples).isEmpty();
            assertThat(got.rejects).isEmpty();
            assertThat(got.aggregates).hasSize(15).allSatisfy(a -> assertThat(a.bucket()).isEqualTo("day"));
            assertThat(got.ignored).containsExactly("metrics[10]");
        }

        @Test
        void stepsKeepTheJoinedSourceAsNameAndListItInExtras() {
            assertThat(got.aggregatesOf("HKQuantityTypeIdentifierStepCount")).containsExactly(
                    new RawAggregate("metrics[0].data[0]", "HKQuantityTypeIdentifierStepCount",
                            new Moment(JUNE_1, CEST), new Moment(JUNE_2, CEST), "day", "count", 10234.0, null, null,
                            null, "{\"HAESources\":[\"Ana’s Apple Watch\",\"iPhone\"]}", WATCH_AND_PHONE),
                    new RawAggregate("metrics[0].data[1]", "HKQuantityTypeIdentifierStepCount",
                            new Moment(JUNE_2, CEST), new Moment(JUNE_3, CEST), "day", "count", 812.0, null, null,
                            null, "{\"HAESources\":[\"Ana’s Apple Watch\",\"iPhone\"]}", WATCH_AND_PHONE));
        }

        @Test
        void heartRateBucketsCarryMinAvgMaxWithAvgAsValue() {
            RawAggregate first = got.aggregatesOf("HKQuantityTypeIdentifierHeartRate").get(0);
            assertThat(first.qty()).isEqualTo(71.25);
            assertThat(first.min()).isEqualTo(52.0);
            assertThat(first.avg()).isEqualTo(71.25);
            assertThat(first.max()).isEqualTo(164.0);
            assertThat(first.unit()).isEqualTo("count/min");
            assertThat(first.source().name()).isEqualTo("Ana’s Apple Watch|Whoop");
        }

        @Test
        void unitsPassThroughAsSentExceptPercentWhichBecomesAFraction() {
            assertThat(got.aggregates).extracting(RawAggregate::type, RawAggregate::unit, RawAggregate::qty)
                    .contains(
                            tuple("HKQuantityTypeIdentifierVO2Max", "ml/(kg·min)", 41.3),
                            tuple("HKQuantityTypeIdentifierPhysicalEffort", "kcal/hr·kg", 2.75),
                            tuple("HKQuantityTypeIdentifierWalkingSpeed", "km/hr", 4.68),
                            tuple("HKQuantityTypeIdentifierOxygenSaturation", "%", 0.965),
                            tuple("HKQuantityTypeIdentifierOxygenSaturation", "%", 0.98),
                            tuple("HKQuantityTypeIdentifierWalkingAsymmetryPercentage", "%", 0.0025));
        }

        @Test
        void standHoursAreACountBucketOfTheCategoryType() {
            assertThat(got.aggregatesOf("HKCategoryTypeIdentifierAppleStandHour"))
                    .extracting(RawAggregate::qty, RawAggregate::unit, RawAggregate::bucket)
                    .containsExactly(tuple(11.0, "count", "day"));
        }

        @Test
        void anEmptyMetadataArrayIsNoMetadata() {
            RawAggregate daylight = got.aggregatesOf("HKQuantityTypeIdentifierTimeInDaylight").get(0);
            assertThat(daylight.extraJson()).isNull();
            assertThat(daylight.source()).isEqualTo(WATCH);
        }

        @Test
        void aPartialLastDayIsJustAnotherBucket() {
            assertThat(got.aggregatesOf("HKQuantityTypeIdentifierActiveEnergyBurned"))
                    .extracting(a -> a.start().epochMillis(), RawAggregate::qty)
                    .containsExactly(tuple(JUNE_1, 612.5), tuple(JUNE_2, 48.25));
        }
    }

    @Nested
    class WorkoutsV2WithoutWrapper {

        private final CollectingSink got = decodeFixture("workouts-v2-nowrapper.json", HaeOptions.detect(AMSTERDAM));

        @Test
        void keepsUpperCaseIdsFractionalDurationsAndStatisticsInTheirUnits() {
            assertThat(got.rejects).isEmpty();
            assertThat(got.workouts).extracting(RawWorkout::uuid).containsExactly(
                    "8D3C2B1A-4E5F-4A6B-9C7D-0E1F2A3B4C5D", "0B7E64A2-9F1C-4D38-B5E0-6A2C8D4F1E93",
                    "C41F0D7E-2B6A-4E19-8D53-7F0A9B1C2E64");
            RawWorkout run = got.workouts.get(0);
            assertThat(run.activityType()).isEqualTo("HKWorkoutActivityTypeRunning");
            assertThat(run.start()).isEqualTo(new Moment(1_748_841_000_000L, CEST));
            assertThat(run.end()).isEqualTo(new Moment(1_748_842_804_000L, CEST));
            assertThat(run.durationSeconds()).isEqualTo(1804.2519);
            assertThat(run.statistics()).containsExactlyInAnyOrder(
                    new RawStatistic("HKQuantityTypeIdentifierDistanceWalkingRunning", 5.012345678901234, null, null,
                            null, "km"),
                    new RawStatistic("HKQuantityTypeIdentifierActiveEnergyBurned", 348.25, null, null, null, "kcal"),
                    new RawStatistic("HKQuantityTypeIdentifierPhysicalEffort", null, null, 9.125, null, "kcal/hr·kg"));
            assertThat(run.metadataJson()).isEqualTo("{\"HKIndoorWorkout\":false}");
            assertThat(run.source()).isEqualTo(SourceInfo.UNKNOWN);
        }

        @Test
        void aMissingLocationLeavesIndoorUnsaidAndEmptyMetadataArraysAreDropped() {
            RawWorkout walk = got.workouts.get(1);
            assertThat(walk.activityType()).isEqualTo("HKWorkoutActivityTypeWalking");
            assertThat(walk.metadataJson()).isNull();
            assertThat(walk.durationSeconds()).isEqualTo(900.0);
        }

        @Test
        void cyclingDistanceIsDistanceCycling() {
            RawWorkout ride = got.workouts.get(2);
            assertThat(ride.activityType()).isEqualTo("HKWorkoutActivityTypeCycling");
            assertThat(ride.metadataJson()).isEqualTo("{\"HKIndoorWorkout\":true}");
            assertThat(ride.statistics()).contains(
                    new RawStatistic("HKQuantityTypeIdentifierDistanceCycling", 12.5, null, null, null, "km"));
        }
    }

    @Nested
    class AllSectionsWrapped {

        private final CollectingSink got = decodeFixture("all-sections-wrapped.json", HaeOptions.detect(AMSTERDAM));

        @Test
        void aBrokenPointIsRejectedByPathAndTheOthersAreDecoded() {
            assertThat(got.rejects).containsExactly(
                    Map.entry("metrics[5].data[1].date", HaeDates.BAD_DATE),
                    Map.entry("metrics[5].data[2].qty", "expected a number"),
                    Map.entry("workouts[1].route[2].latitude", "missing"));
            assertThat(got.samplesOf("HKQuantityTypeIdentifierStepCount"))
                    .filteredOn(s -> s.path().startsWith("metrics"))
                    .extracting(RawSample::path, RawSample::value, s -> s.start().epochMillis())
                    .containsExactly(tuple("metrics[5].data[0]", 120.0, 1_748_851_200_000L),
                            tuple("metrics[5].data[3]", 88.0, 1_748_851_350_000L));
            assertThat(got.ignored).containsExactly("notes");
        }

        @Test
        void sleepSummaryIsADayBucketOfHoursWithTheStagesAsExtras() {
            assertThat(got.aggregatesOf("HKCategoryTypeIdentifierSleepAnalysis")).containsExactly(
                    new RawAggregate("metrics[0].data[0]", "HKCategoryTypeIdentifierSleepAnalysis",
                            new Moment(JUNE_2, CEST), new Moment(JUNE_3, CEST), "day", "hr", 7.25, null, null, null,
                            "{\"asleep\":0,\"awake\":0.5,\"core\":4.1,\"deep\":1.05,\"inBed\":7.9,"
                                    + "\"inBedEnd\":\"2025-06-02T06:55:00+02:00\","
                                    + "\"inBedStart\":\"2025-06-01T22:50:00+02:00\",\"rem\":1.6,"
                                    + "\"sleepEnd\":\"2025-06-02T06:50:00+02:00\","
                                    + "\"sleepStart\":\"2025-06-01T23:05:00+02:00\"}", WATCH));
        }

        @Test
        void sleepSegmentsAreCategorySamplesWithHealthKitValueNames() {
            assertThat(got.samplesOf("HKCategoryTypeIdentifierSleepAnalysis"))
                    .extracting(RawSample::textValue, s -> s.start().epochMillis(), s -> s.end().epochMillis(),
                            RawSample::source)
                    .containsExactly(
                            tuple("HKCategoryValueSleepAnalysisInBed", 1_748_811_000_000L, 1_748_840_100_000L, PHONE),
                            tuple("HKCategoryValueSleepAnalysisAsleepCore", 1_748_811_900_000L, 1_748_814_000_000L,
                                    WATCH),
                            tuple("HKCategoryValueSleepAnalysisAsleepDeep", 1_748_814_000_000L, 1_748_816_700_000L,
                                    WATCH),
                            tuple("HKCategoryValueSleepAnalysisAsleepREM", 1_748_816_700_000L, 1_748_818_200_000L,
                                    WATCH),
                            tuple("HKCategoryValueSleepAnalysisAwake", 1_748_818_200_000L, 1_748_818_500_000L, WATCH));
        }

        @Test
        void bloodPressureIsTwoSamplesFromOnePoint() {
            Moment at = new Moment(1_748_841_312_000L, CEST);
            SourceInfo omron = new SourceInfo("Omron", null, null);
            assertThat(got.samples).contains(
                    new RawSample("metrics[2].data[0].systolic", null, "HKQuantityTypeIdentifierBloodPressureSystolic",
                            118.0, null, "mmHg", at, at, omron, null, null),
                    new RawSample("metrics[2].data[0].diastolic", null,
                            "HKQuantityTypeIdentifierBloodPressureDiastolic", 76.0, null, "mmHg", at, at, omron, null,
                            null));
        }

        @Test
        void mealTimeAndInsulinReasonBecomeHealthKitMetadata() {
            assertThat(got.samplesOf("HKQuantityTypeIdentifierBloodGlucose").get(0).metadataJson())
                    .isEqualTo("{\"HKMetadataKeyBloodGlucoseMealTime\":1}");
            assertThat(got.samplesOf("HKQuantityTypeIdentifierInsulinDelivery").get(0).metadataJson())
                    .isEqualTo("{\"HKMetadataKeyInsulinDeliveryReason\":2}");
        }

        @Test
        void aBuddhistEraYearIsReadAsGregorianAndKilojoulesStayKilojoules() {
            RawSample weight = got.samplesOf("HKQuantityTypeIdentifierBodyMass").get(0);
            assertThat(weight.start()).isEqualTo(new Moment(1_748_841_164_000L, CEST));
            assertThat(weight.value()).isEqualTo(68.4);
            RawSample energy = got.samplesOf("HKQuantityTypeIdentifierActiveEnergyBurned").get(0);
            assertThat(energy.unit()).isEqualTo("kJ");
            assertThat(energy.value()).isEqualTo(125.52);
        }

        @Test
        void rawHeartRateIsTheAverageWithMinAndMaxInMetadataOnlyWhenTheyDiffer() {
            assertThat(got.samplesOf("HKQuantityTypeIdentifierHeartRate").subList(0, 2))
                    .extracting(RawSample::value, RawSample::metadataJson)
                    .containsExactly(tuple(63.0, "{\"HAEMax\":66,\"HAEMin\":61}"), tuple(64.0, null));
        }

        @Test
        void mindfulMinutesSpanTheirQuantity() {
            RawSample session = got.samplesOf("HKCategoryTypeIdentifierMindfulSession").get(0);
            assertThat(session.textValue()).isEqualTo("HKCategoryValueNotApplicable");
            assertThat(session.start().epochMillis()).isEqualTo(1_748_890_830_000L);
            assertThat(session.end().epochMillis()).isEqualTo(1_748_891_430_000L);
        }

        @Test
        void v1WorkoutWithALocalizedNameKilojoulesMetsAndInlineRoute() {
            RawWorkout walk = got.workouts.get(0);
            assertThat(walk.uuid()).isNull();
            assertThat(walk.activityType()).isEqualTo("HKWorkoutActivityTypeWalking");
            assertThat(walk.start()).isEqualTo(new Moment(1_748_880_000_000L, CEST));
            assertThat(walk.end()).isEqualTo(new Moment(1_748_882_730_000L, CEST));
            assertThat(walk.durationSeconds()).isNull();
            assertThat(walk.statistics()).containsExactlyInAnyOrder(
                    new RawStatistic("HKQuantityTypeIdentifierActiveEnergyBurned", 812.4, null, null, null, "kJ"),
                    new RawStatistic("HKQuantityTypeIdentifierHeartRate", null, null, 104.0, 131.0, "bpm"),
                    new RawStatistic("HKQuantityTypeIdentifierStepCount", 5120.0, null, null, null, "count"),
                    new RawStatistic("HKQuantityTypeIdentifierPhysicalEffort", null, null, 4.2, null, "kcal/hr·kg"),
                    new RawStatistic("HKQuantityTypeIdentifierDistanceWalkingRunning", 3.9, null, null, null, "km"));
            assertThat(walk.metadataJson()).isEqualTo("{\"HAETotalEnergy\":\"980.1 kJ\","
                    + "\"HKElevationAscended\":\"21 m\",\"HKElevationDescended\":\"19 m\",\"HKIndoorWorkout\":false,"
                    + "\"HKWeatherHumidity\":\"63 %\",\"HKWeatherTemperature\":\"19.5 degC\"}");
            assertThat(walk.route()).containsExactly(
                    new RawRoutePoint("workouts[0].route[0]", new Moment(1_748_880_001_000L, CEST), 52.37021, 4.89517, 1.5, null, null, null,
                            null),
                    new RawRoutePoint("workouts[0].route[1]", new Moment(1_748_880_011_000L, CEST), 52.37034, 4.89561, 1.8, null, null, null,
                            null));
            assertThat(got.samples).filteredOn(s -> s.path().startsWith("workouts[0].heartRateData"))
                    .extracting(RawSample::value, RawSample::unit)
                    .containsExactly(tuple(98.0, "count/min"), tuple(103.0, "count/min"));
        }

        @Test
        void v2WorkoutWithHeartRateSeriesAndARouteMissingOnePoint() {
            RawWorkout run = got.workouts.get(1);
            assertThat(run.uuid()).isEqualTo("5E2D9A41-7C3B-4F80-A1D6-93B8E0F2C7A4");
            assertThat(run.statistics()).contains(
                    new RawStatistic("HKQuantityTypeIdentifierHeartRate", null, 98.0, 141.0, 171.0, "bpm"),
                    new RawStatistic("HKQuantityTypeIdentifierActiveEnergyBurned", 1456.3, null, null, null, "kJ"));
            assertThat(run.metadataJson())
                    .isEqualTo("{\"HKAverageMETs\":\"9.1 kcal/hr·kg\",\"HKIndoorWorkout\":false}");
            assertThat(run.route()).containsExactly(
                    new RawRoutePoint("workouts[1].route[0]", new Moment(1_748_884_201_000L, CEST), 52.0907, 5.1214, 4.2, 2.8, 181.5, 3.1, 2.2),
                    new RawRoutePoint("workouts[1].route[1]", new Moment(1_748_884_206_000L, CEST), 52.0909, 5.1219, 4.4, 2.9, 182.0, 3.3,
                            2.0));
            assertThat(got.samples).filteredOn(s -> s.path().startsWith("workouts[1]"))
                    .extracting(RawSample::path, RawSample::type, RawSample::value, RawSample::source)
                    .containsExactly(
                            tuple("workouts[1].heartRateData[0]", "HKQuantityTypeIdentifierHeartRate", 101.5, WATCH),
                            tuple("workouts[1].heartRateRecovery[0]", "HKQuantityTypeIdentifierHeartRate", 126.0,
                                    WATCH),
                            tuple("workouts[1].stepCount[0]", "HKQuantityTypeIdentifierStepCount", 162.0, WATCH));
        }

        @Test
        void anUnknownWorkoutNameIsOtherWithTheNameKept() {
            RawWorkout other = got.workouts.get(2);
            assertThat(other.activityType()).isEqualTo("HKWorkoutActivityTypeOther");
            assertThat(other.metadataJson()).isEqualTo("{\"HAEWorkoutName\":\"Underwater Basket Weaving\"}");
        }

        @Test
        void documentsKeepTheEntryWithSortedKeys() {
            assertThat(got.documents).extracting(RawDocument::path, RawDocument::kind).containsExactly(
                    tuple("stateOfMind[0]", DocumentKind.STATE_OF_MIND),
                    tuple("medications[0]", DocumentKind.MEDICATION_DOSE),
                    tuple("symptoms[1]", DocumentKind.SYMPTOM),
                    tuple("cycleTracking[2]", DocumentKind.CYCLE_TRACKING),
                    tuple("ecg[0]", DocumentKind.ECG),
                    tuple("heartRateNotifications[0]", DocumentKind.HEART_RATE_NOTIFICATION));
            RawDocument mood = got.documents.get(0);
            assertThat(mood.uuid()).isEqualTo("F0E1D2C3-B4A5-4968-8776-655443322110");
            assertThat(mood.start()).isEqualTo(new Moment(1_748_887_200_000L, CEST));
            assertThat(mood.payloadJson()).isEqualTo("{\"associations\":[\"Family\"],"
                    + "\"end\":\"2025-06-02 20:00:00 +0200\",\"id\":\"F0E1D2C3-B4A5-4968-8776-655443322110\","
                    + "\"kind\":\"Momentary Emotion\",\"labels\":[\"Calm\",\"Content\"],\"metadata\":{},"
                    + "\"start\":\"2025-06-02 20:00:00 +0200\",\"valence\":0.45,\"valenceClassification\":5}");
            RawDocument dose = got.documents.get(1);
            assertThat(dose.start()).isEqualTo(new Moment(1_748_844_600_000L, CEST));
            assertThat(dose.payloadJson()).contains("\"codings\":[{\"code\":\"5640\",\"system\":");
        }

        @Test
        void ecgTimesAreEpochSecondsAndTheVoltagesStayInThePayload() {
            RawDocument ecg = got.documents.get(4);
            assertThat(ecg.start()).isEqualTo(new Moment(1_748_851_200_000L, CEST));
            assertThat(ecg.end()).isEqualTo(new Moment(1_748_851_230_000L, CEST));
            assertThat(ecg.source()).isEqualTo(WATCH);
            assertThat(ecg.payloadJson()).isEqualTo("{\"averageHeartRate\":68,\"classification\":\"Sinus Rhythm\","
                    + "\"end\":1748851230,\"numberOfVoltageMeasurements\":3,\"samplingFrequency\":512,"
                    + "\"severity\":\"None\",\"source\":\"Ana’s Apple Watch\",\"start\":1748851200,"
                    + "\"voltageMeasurements\":[{\"date\":1748851200,\"units\":\"µV\",\"voltage\":-12.25},"
                    + "{\"date\":1748851200.002,\"units\":\"µV\",\"voltage\":8.5},"
                    + "{\"date\":1748851200.004,\"units\":\"µV\",\"voltage\":31}]}");
            RawDocument notification = got.documents.get(5);
            assertThat(notification.start().epochMillis()).isEqualTo(1_748_862_000_000L);
            assertThat(notification.end().epochMillis()).isEqualTo(1_748_862_600_000L);
        }

        @Test
        void symptomsAndCycleTrackingThatMapBecomeCategorySamples() {
            assertThat(got.samples).filteredOn(s -> s.path().startsWith("symptoms") || s.path().startsWith("cycle"))
                    .extracting(RawSample::path, RawSample::type, RawSample::textValue, RawSample::metadataJson)
                    .containsExactly(
                            tuple("symptoms[0]", "HKCategoryTypeIdentifierHeadache", "HKCategoryValueSeverityModerate",
                                    "{\"HKMetadataKeyWasUserEntered\":true}"),
                            tuple("symptoms[2]", "HKCategoryTypeIdentifierFatigue",
                                    "HKCategoryValueSeverityUnspecified", "{\"HKMetadataKeyWasUserEntered\":true}"),
                            tuple("cycleTracking[0]", "HKCategoryTypeIdentifierMenstrualFlow",
                                    "HKCategoryValueMenstrualFlowMedium",
                                    "{\"HKMetadataKeyMenstrualCycleStart\":true}"),
                            tuple("cycleTracking[1]", "HKCategoryTypeIdentifierIntermenstrualBleeding",
                                    "HKCategoryValueNotApplicable", null));
            RawSample headache = got.samplesOf("HKCategoryTypeIdentifierHeadache").get(0);
            assertThat(headache.start().epochMillis()).isEqualTo(1_748_865_600_000L);
            assertThat(headache.end().epochMillis()).isEqualTo(1_748_872_800_000L);
            assertThat(headache.source()).isEqualTo(PHONE);
        }
    }

    @Nested
    class AggregationDetection {

        @Test
        void pointsAllAtLocalMidnightAreDays() {
            CollectingSink got = decode(metric("step_count", "count",
                    point("2025-06-01 00:00:00 +0200", 10), point("2025-06-02 00:00:00 +0200", 20)), null);
            assertThat(got.aggregates).extracting(RawAggregate::bucket, a -> a.end().epochMillis())
                    .containsExactly(tuple("day", JUNE_2), tuple("day", JUNE_3));
        }

        @Test
        void pointsAllOnTheHourAreHours() {
            CollectingSink got = decode(metric("step_count", "count",
                    point("2025-06-01 00:00:00 +0200", 10), point("2025-06-01 01:00:00 +0200", 20)), null);
            assertThat(got.samples).isEmpty();
            assertThat(got.aggregates).extracting(RawAggregate::bucket, a -> a.start().epochMillis(),
                    a -> a.end().epochMillis())
                    .containsExactly(tuple("hour", JUNE_1, JUNE_1 + 3_600_000L),
                            tuple("hour", JUNE_1 + 3_600_000L, JUNE_1 + 7_200_000L));
        }

        @Test
        void onePointOffTheHourMakesTheWholeSeriesSamples() {
            CollectingSink got = decode(metric("step_count", "count",
                    point("2025-06-01 00:00:00 +0200", 10), point("2025-06-01 01:00:00 +0200", 20),
                    point("2025-06-01 01:07:00 +0200", 30)), null);
            assertThat(got.aggregates).isEmpty();
            assertThat(got.samples).extracting(RawSample::value, s -> s.start().epochMillis(),
                    s -> s.end().epochMillis())
                    .containsExactly(tuple(10.0, JUNE_1, JUNE_1), tuple(20.0, JUNE_1 + 3_600_000L, JUNE_1 + 3_600_000L),
                            tuple(30.0, JUNE_1 + 4_020_000L, JUNE_1 + 4_020_000L));
        }

        @Test
        void midnightIsReadInTheWrittenOffsetNotTheUsersZone() {
            CollectingSink got = decode(metric("step_count", "count", point("2025-06-01 00:00:00 -0400", 10)),
                    HaeOptions.detect(AMSTERDAM));
            assertThat(got.aggregates).singleElement().satisfies(a -> {
                assertThat(a.bucket()).isEqualTo("day");
                assertThat(a.start()).isEqualTo(new Moment(1_748_750_400_000L, -14_400));
                assertThat(a.end()).isEqualTo(new Moment(1_748_750_400_000L + 86_400_000L, -14_400));
            });
        }

        @Test
        void theDaysOptionMakesEveryPointADay() {
            CollectingSink got = decode(metric("step_count", "count", point("2025-06-01 13:07:00 +0200", 10)),
                    new HaeOptions(AMSTERDAM, "days"));
            assertThat(got.aggregates).extracting(RawAggregate::bucket, a -> a.start().epochMillis())
                    .containsExactly(tuple("day", JUNE_1 + 47_220_000L));
        }

        @Test
        void theNoneOptionMakesMidnightPointsSamples() {
            CollectingSink got = decode(metric("step_count", "count",
                    point("2025-06-01 00:00:00 +0200", 10), point("2025-06-02 00:00:00 +0200", 20)),
                    new HaeOptions(AMSTERDAM, "none"));
            assertThat(got.aggregates).isEmpty();
            assertThat(got.samples).extracting(RawSample::value).containsExactly(10.0, 20.0);
        }

        @Test
        void theHoursOptionMakesHours() {
            CollectingSink got = decode(metric("heart_rate", "count/min",
                    "{\"date\":\"2025-06-01 00:00:00 +0200\",\"Min\":50,\"Avg\":60,\"Max\":70}"),
                    new HaeOptions(AMSTERDAM, "Hours"));
            assertThat(got.aggregates).extracting(RawAggregate::bucket, RawAggregate::min, RawAggregate::max)
                    .containsExactly(tuple("hour", 50.0, 70.0));
        }

        @Test
        void aDayBucketOnADstDayFollowsTheUsersZone() {
            CollectingSink got = decode(metric("step_count", "count", point("2025-03-30 00:00:00 +0100", 10)),
                    HaeOptions.detect(AMSTERDAM));
            assertThat(got.aggregates).singleElement().satisfies(a -> {
                assertThat(a.start()).isEqualTo(new Moment(1_743_289_200_000L, 3600));
                assertThat(a.end()).isEqualTo(new Moment(1_743_372_000_000L, 7200));
            });
        }

        @Test
        void nameAndUnitsAfterTheDataAreWaitedFor() {
            String body = "{\"metrics\":[{\"data\":[" + point("2025-06-01 00:00:00 +0200", 97)
                    + "],\"units\":\"%\",\"name\":\"blood_oxygen_saturation\"}]}";
            CollectingSink got = decode(body, null);
            assertThat(got.aggregates).extracting(RawAggregate::type, RawAggregate::qty, RawAggregate::unit)
                    .containsExactly(tuple("HKQuantityTypeIdentifierOxygenSaturation", 0.97, "%"));
        }

        @Test
        void anUnknownOptionIsRefused() {
            assertThatThrownBy(() -> new HaeOptions(AMSTERDAM, "weeks")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class CategoryShapes {

        @Test
        void sexualActivityCountsMakeOneBucket() {
            CollectingSink got = decode(metric("sexual_activity", "count",
                    "{\"date\":\"2025-06-01 00:00:00 +0200\",\"Unspecified\":0,\"Protection Used\":1,"
                            + "\"Protection Not Used\":1}"), null);
            assertThat(got.aggregates).extracting(RawAggregate::type, RawAggregate::qty, RawAggregate::extraJson)
                    .containsExactly(tuple("HKCategoryTypeIdentifierSexualActivity", 2.0,
                            "{\"Protection Not Used\":1,\"Protection Used\":1,\"Unspecified\":0}"));
        }

        @Test
        void rawHandwashingSpansItsSecondsAndKeepsItsValue() {
            CollectingSink got = decode(metric("handwashing", "s",
                    "{\"date\":\"2025-06-01 12:31:07 +0200\",\"qty\":25,\"value\":\"Complete\"}"), null);
            assertThat(got.samples).singleElement().satisfies(s -> {
                assertThat(s.type()).isEqualTo("HKCategoryTypeIdentifierHandwashingEvent");
                assertThat(s.textValue()).isEqualTo("HKCategoryValueNotApplicable");
                assertThat(s.end().epochMillis() - s.start().epochMillis()).isEqualTo(25_000L);
                assertThat(s.metadataJson()).isEqualTo("{\"HAEValue\":\"Complete\"}");
            });
        }

        @Test
        void aRawStandHourIsAnHourStood() {
            CollectingSink got = decode(metric("apple_stand_hour", "count", point("2025-06-01 10:00:00 +0200", 1)),
                    new HaeOptions(AMSTERDAM, "none"));
            assertThat(got.samples).singleElement().satisfies(s -> {
                assertThat(s.textValue()).isEqualTo("HKCategoryValueAppleStandHourStood");
                assertThat(s.start().epochMillis()).isEqualTo(JUNE_1 + 36_000_000L);
                assertThat(s.end().epochMillis()).isEqualTo(JUNE_1 + 39_600_000L);
            });
        }
    }

    @Nested
    class Streaming {

        @Test
        void rawPointsAreHandedOnWhileTheBodyIsStillBeingRead() {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < 50_000; i++) {
                points.append(i == 0 ? "" : ",").append("{\"date\":\"2025-06-01 ")
                        .append(String.format("%02d:%02d:%02d", i / 3600 % 24, i / 60 % 60, i % 60))
                        .append(" +0200\",\"qty\":").append(i % 7 + 1).append('}');
            }
            byte[] body = metric("heart_rate", "count/min", points.toString()).getBytes(StandardCharsets.UTF_8);
            long[] readAtFirstSample = {-1};
            CountingStream in = new CountingStream(body);
            CollectingSink got = new CollectingSink() {
                @Override
                public void sample(RawSample sample) {
                    if (readAtFirstSample[0] < 0) {
                        readAtFirstSample[0] = in.read;
                    }
                    super.sample(sample);
                }
            };
            new HealthAutoExportDecoder(HaeOptions.detect(AMSTERDAM)).decode(in, got);
            assertThat(got.samples).hasSize(50_000);
            assertThat(readAtFirstSample[0]).isBetween(1L, body.length / 10L);
        }

        @Test
        void aLongDailySeriesIsDecidedAfterTheLookaheadAndStaysDays() {
            String[] points = new String[HaeBuckets.LOOKAHEAD + 500];
            java.time.LocalDate day = java.time.LocalDate.of(1990, 1, 1);
            for (int i = 0; i < points.length; i++) {
                points[i] = point(day.plusDays(i) + " 00:00:00 +0000", 1);
            }
            CollectingSink got = decode(metric("step_count", "count", points), HaeOptions.detect(ZoneId.of("UTC")));
            assertThat(got.samples).isEmpty();
            assertThat(got.aggregates).hasSize(points.length)
                    .allSatisfy(a -> assertThat(a.bucket()).isEqualTo("day"));
        }
    }

    /** Counts the bytes the decoder has pulled. */
    static final class CountingStream extends ByteArrayInputStream {

        long read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public synchronized int read() {
            int c = super.read();
            read += c < 0 ? 0 : 1;
            return c;
        }
    }

    @Nested
    class MalformedBodies {

        @ParameterizedTest
        @ValueSource(strings = {"[]", "\"text\"", "42", ""})
        void aTopLevelThatIsNotAnObjectIsMalformed(String body) {
            assertThatThrownBy(() -> decode(body, null)).isInstanceOf(MalformedBodyException.class);
        }

        @Test
        void invalidJsonNamesWhereItBroke() {
            MalformedBodyException e = catchThrowableOfType(MalformedBodyException.class,
                    () -> decode("{\"data\":{\"metrics\":[{\"name\":\"step_count\",\"data\":[{\"qty\":1,}]}]}}",
                            null));
            assertThat(e.path()).startsWith("data.metrics[0].data[0]");
            assertThat(e.getMessage()).contains("not valid JSON");
        }

        @Test
        void aSectionThatIsNotAnArrayIsMalformed() {
            MalformedBodyException e = catchThrowableOfType(MalformedBodyException.class,
                    () -> decode("{\"data\":{\"workouts\":{}}}", null));
            assertThat(e.path()).isEqualTo("data.workouts");
        }

        @Test
        void rejectReasonsNeverCarryValues() {
            CollectingSink got = decode(metric("step_count", "count",
                    "{\"date\":\"secret-date-1234\",\"qty\":1}",
                    "{\"date\":\"2025-06-01 00:00:00 +0200\",\"qty\":\"4711\"}",
                    "{\"date\":\"2025-06-01 00:00:00 +0200\",\"qty\":\"secret-4711\"}"), null);
            assertThat(got.rejects).containsOnlyKeys("metrics[0].data[0].date", "metrics[0].data[2].qty");
            assertThat(got.rejects.values()).noneMatch(reason -> reason.contains("secret") || reason.contains("4711"));
            assertThat(got.aggregates).extracting(RawAggregate::qty).containsExactly(4711.0);
        }
    }

    static String point(String date, double qty) {
        return "{\"date\":\"" + date + "\",\"qty\":" + qty + "}";
    }

    static String metric(String name, String units, String... points) {
        return "{\"data\":{\"metrics\":[{\"name\":\"" + name + "\",\"units\":\"" + units + "\",\"data\":["
                + String.join(",", points) + "]}]}}";
    }

    private CollectingSink decode(String body, HaeOptions options) {
        CollectingSink got = new CollectingSink();
        new HealthAutoExportDecoder(options == null ? HaeOptions.detect(AMSTERDAM) : options)
                .decode(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), got);
        return got;
    }

    private CollectingSink decodeFixture(String name, HaeOptions options) {
        CollectingSink got = new CollectingSink();
        try (InputStream in = fixture(name)) {
            new HealthAutoExportDecoder(options).decode(in, got);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return got;
    }

    static InputStream fixture(String name) {
        InputStream in = HealthAutoExportDecoderTest.class.getResourceAsStream("/fixtures/health-auto-export/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
