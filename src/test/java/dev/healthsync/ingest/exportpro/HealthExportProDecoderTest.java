package dev.healthsync.ingest.exportpro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.ingest.decoder.MalformedBodyException;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RawWorkoutEvent;
import dev.healthsync.testing.CollectingSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HealthExportProDecoderTest {

    private static final String WATCH_BUNDLE = "com.apple.health.5B2C9D1E-8F3A-4B7C-A2D6-1E0F9C8B7A65";
    private static final String PHONE_BUNDLE = "com.apple.health.0A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D";
    private static final DeviceInfo WATCH_DEVICE = new DeviceInfo("Apple Watch", "Apple Inc.", "Watch", "Watch7,3", "11.2");
    private static final String RUN = "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D";
    private static final String RIDE = "C0FFEE00-1234-4ABC-8DEF-0123456789AB";
    private static final String WALK = "D00DFEED-5678-4DEF-9ABC-89ABCDEF0123";
    private static final String HR = "HKQuantityTypeIdentifierHeartRate";
    private static final String STEPS = "HKQuantityTypeIdentifierStepCount";
    private static final int CET = 3600;

    private final HealthExportProDecoder decoder = new HealthExportProDecoder();

    @Test
    void samplesOfEveryShapeAreReadWithTheirTypeFromTheSectionKey() {
        Recording got = decodeFixture("export-routes-after-data.json");

        assertThat(got.samples).extracting(RawSample::path).containsExactly(
                "data.HKQuantityTypeIdentifierHeartRate[0]", "data.HKQuantityTypeIdentifierHeartRate[1]",
                "data.HKQuantityTypeIdentifierHeartRate[3]", "data.HKQuantityTypeIdentifierStepCount[0]",
                "data.HKQuantityTypeIdentifierStepCount[1]", "data.HKQuantityTypeIdentifierActiveEnergyBurned[0]",
                "data.HKQuantityTypeIdentifierBodyMass[0]", "data.HKCategoryTypeIdentifierSleepAnalysis[0]",
                "data.HKCategoryTypeIdentifierSleepAnalysis[1]", "data.HKCategoryTypeIdentifierMindfulSession[0]");

        assertThat(got.samples.get(0)).isEqualTo(new RawSample("data.HKQuantityTypeIdentifierHeartRate[0]",
                "9E1D4C2A-7B3F-4A61-8C5D-2E9F0A1B3C4D", HR, 64.0, null, "count/min",
                new Moment(1741073465000L, 0), new Moment(1741073465000L, 0),
                new SourceInfo("Ana’s Apple Watch", WATCH_BUNDLE, "11.2"), WATCH_DEVICE,
                "{\"HKAlgorithmVersion\":\"2\",\"HKMetadataKeyHeartRateMotionContext\":1}"));

        RawSample numericString = got.samples.get(1);
        assertThat(numericString.value()).as("a decimal string is the number").isEqualTo(71.5);
        assertThat(numericString.textValue()).isNull();
        assertThat(numericString.start()).isEqualTo(new Moment(1741074300000L, CET));
        assertThat(numericString.source()).isEqualTo(new SourceInfo("Ana’s Apple Watch", WATCH_BUNDLE, "11.2"));
        assertThat(numericString.device()).isEqualTo(WATCH_DEVICE);
        assertThat(numericString.metadataJson()).isNull();

        RawSample sourceString = got.samples.get(2);
        assertThat(sourceString.start()).isEqualTo(new Moment(1741079100250L, 0));
        assertThat(sourceString.source()).isEqualTo(new SourceInfo("Ana’s Apple Watch", null, null));

        RawSample steps = got.samples.get(3);
        assertThat(steps).isEqualTo(new RawSample("data.HKQuantityTypeIdentifierStepCount[0]",
                "7F8E9D0C-1B2A-4394-8576-A1B2C3D4E5F6", STEPS, 412.0, null, "count",
                new Moment(1741068000123L, CET), new Moment(1741068600456L, CET),
                new SourceInfo("Ana’s iPhone", PHONE_BUNDLE, null), null, null));

        RawSample noOffset = got.samples.get(4);
        assertThat(noOffset.start()).as("no offset: UTC").isEqualTo(new Moment(1741089600000L, 0));
        assertThat(noOffset.end()).isEqualTo(new Moment(1741090200000L, 0));
        assertThat(noOffset.metadataJson()).isEqualTo("{\"HEPAssumedUTC\":true}");

        RawSample energy = got.samples.get(5);
        assertThat(energy.value()).isEqualTo(12.75);
        assertThat(energy.unit()).as("null unit").isNull();
        assertThat(energy.end()).as("one fraction digit").isEqualTo(new Moment(1741073400500L, 0));

        RawSample commaDecimal = got.samples.get(6);
        assertThat(commaDecimal.value()).isNull();
        assertThat(commaDecimal.textValue()).as("not a plain decimal: left to the normalizer").isEqualTo("72,4");
        assertThat(commaDecimal.start()).isEqualTo(new Moment(1741051320000L, 19800));
        assertThat(commaDecimal.end()).as("endDate missing: equals startDate").isEqualTo(commaDecimal.start());
        assertThat(commaDecimal.source()).isEqualTo(new SourceInfo("Withings", null, null));
    }

    @Test
    void categorySamplesKeepEnumNamesAsTextAndNumericStringsAsCodes() {
        Recording got = decodeFixture("export-routes-after-data.json");

        RawSample core = got.samples.get(7);
        assertThat(core.type()).isEqualTo("HKCategoryTypeIdentifierSleepAnalysis");
        assertThat(core.value()).isNull();
        assertThat(core.textValue()).isEqualTo("HKCategoryValueSleepAnalysisAsleepCore");
        assertThat(core.unit()).isNull();
        assertThat(core.start()).isEqualTo(new Moment(1741041730000L, CET));
        assertThat(core.end()).isEqualTo(new Moment(1741047160000L, CET));
        assertThat(core.metadataJson()).isEqualTo("{\"HKTimeZone\":\"Europe/Berlin\"}");

        RawSample code = got.samples.get(8);
        assertThat(code.value()).isEqualTo(3.0);
        assertThat(code.textValue()).isNull();

        RawSample mindful = got.samples.get(9);
        assertThat(mindful.value()).isEqualTo(0.0);
        assertThat(mindful.start()).as("offset without a colon").isEqualTo(new Moment(1741118400000L, CET));
        assertThat(mindful.end()).isEqualTo(new Moment(1741119000000L, CET));
        assertThat(mindful.source()).isEqualTo(new SourceInfo("Breathe", null, null));
    }

    @Test
    void workoutsTurnTotalsIntoStatisticsAndKeepEventsAndMetadata() {
        Recording got = decodeFixture("export-routes-after-data.json");

        assertThat(got.workouts).hasSize(2);
        RawWorkout run = got.workouts.get(0);
        assertThat(run.path()).isEqualTo("data.workouts[0]");
        assertThat(run.uuid()).isEqualTo(RUN);
        assertThat(run.activityType()).isEqualTo("HKWorkoutActivityTypeRunning");
        assertThat(run.start()).isEqualTo(new Moment(1741107600000L, CET));
        assertThat(run.end()).isEqualTo(new Moment(1741109404200L, CET));
        assertThat(run.durationSeconds()).isEqualTo(1804.2);
        assertThat(run.statistics()).containsExactly(
                new RawStatistic(HR, null, 98.0, 141.0, 171.0, "count/min"),
                new RawStatistic("HKQuantityTypeIdentifierDistanceWalkingRunning", 5012.4, null, null, null, "m"),
                new RawStatistic("HKQuantityTypeIdentifierActiveEnergyBurned", 402.5, null, null, null, "kcal"));
        assertThat(run.events()).containsExactly(
                new RawWorkoutEvent("HKWorkoutEventTypePause", new Moment(1741108320000L, CET), null, null),
                new RawWorkoutEvent("HKWorkoutEventTypeResume", new Moment(1741108410000L, CET), null, null),
                new RawWorkoutEvent("HKWorkoutEventTypeSegment", new Moment(1741107600000L, CET), 300.5,
                        "{\"HKMetadataKeyWorkoutSegmentIndex\":1}"));
        assertThat(run.route()).as("the route comes apart, under workoutRoutes").isEmpty();
        assertThat(run.source()).isEqualTo(new SourceInfo("Ana’s Apple Watch", WATCH_BUNDLE, null));
        assertThat(run.device()).isEqualTo(WATCH_DEVICE);
        assertThat(run.metadataJson()).isEqualTo("{\"HKElevationAscended\":{\"unit\":\"cm\",\"value\":4210},"
                + "\"HKIndoorWorkout\":false,\"HKTimeZone\":\"Europe/Berlin\"}");

        RawWorkout yoga = got.workouts.get(1);
        assertThat(yoga.activityType()).as("bare case name").isEqualTo("HKWorkoutActivityTypeYoga");
        assertThat(yoga.start()).isEqualTo(new Moment(1741118400000L, 0));
        assertThat(yoga.end()).as("endDate missing: start plus duration").isEqualTo(new Moment(1741119900000L, 0));
        assertThat(yoga.durationSeconds()).isEqualTo(1500.0);
        assertThat(yoga.statistics()).isEmpty();
        assertThat(yoga.events()).as("the broken event is rejected, the workout kept").isEmpty();
        assertThat(yoga.metadataJson()).isNull();
    }

    @Test
    void routesAfterDataArriveByWorkoutUuidWithBrokenPointsRejectedOneByOne() {
        Recording got = decodeFixture("export-routes-after-data.json");

        assertThat(got.routes).containsOnlyKeys(RUN);
        assertThat(got.routes.get(RUN)).containsExactly(
                new RawRoutePoint("workoutRoutes[\"" + RUN + "\"][0]", new Moment(1741107601000L, 0), 48.1371, 11.5754, 519.2, 2.8, 181.0, 4.1, 3.0),
                new RawRoutePoint("workoutRoutes[\"" + RUN + "\"][2]", new Moment(1741107603500L, 0), 48.1366, 11.57543, null, null, null, null, null));
        assertThat(got.calls).filteredOn(call -> call.startsWith("route"))
                .as("an empty route is not handed over")
                .containsExactly("route workoutRoutes[\"" + RUN + "\"] " + RUN + " 2");
        assertThat(got.calls.indexOf("route workoutRoutes[\"" + RUN + "\"] " + RUN + " 2"))
                .isGreaterThan(got.calls.indexOf("workout data.workouts[0]"));
    }

    @Test
    void medicationsDoseEventsAndCharacteristicsAreKeptAsSortedDocuments() {
        Recording got = decodeFixture("export-routes-after-data.json");

        assertThat(got.documents).extracting(RawDocument::path, RawDocument::kind).containsExactly(
                tuple("characteristics", DocumentKind.CHARACTERISTICS),
                tuple("data.medications[0]", DocumentKind.MEDICATION),
                tuple("data.medications[1]", DocumentKind.MEDICATION),
                tuple("data.medicationDoseEvents[0]", DocumentKind.MEDICATION_DOSE),
                tuple("data.medicationDoseEvents[1]", DocumentKind.MEDICATION_DOSE));

        assertThat(got.documents.get(0)).isEqualTo(new RawDocument("characteristics", DocumentKind.CHARACTERISTICS,
                null, null, null, SourceInfo.UNKNOWN, "{\"activityMoveMode\":\"activeEnergy\",\"biologicalSex\":"
                + "\"female\",\"bloodType\":\"A+\",\"dateOfBirth\":\"1990-05-17\",\"wheelchairUse\":\"no\"}"));
        assertThat(got.documents.get(1)).isEqualTo(new RawDocument("data.medications[0]", DocumentKind.MEDICATION,
                "0A0B0C0D-1E1F-4A2B-8C3D-4E5F6A7B8C9D", null, null, SourceInfo.UNKNOWN,
                "{\"displayText\":\"Ibuprofen 400 mg Oral Tablet\",\"generalForm\":\"tablet\",\"hasSchedule\":true,"
                        + "\"isArchived\":false,\"medicationConceptIdentifier\":\"197806\",\"nickname\":\"Ibu\","
                        + "\"uuid\":\"0A0B0C0D-1E1F-4A2B-8C3D-4E5F6A7B8C9D\"}"));
        assertThat(got.documents.get(2).uuid()).as("id when there is no uuid").isEqualTo("med-vitamin-d");
        assertThat(got.documents.get(2).start()).isNull();

        RawDocument taken = got.documents.get(3);
        assertThat(taken.uuid()).isEqualTo("1B2C3D4E-5F60-4718-293A-4B5C6D7E8F9A");
        assertThat(taken.start()).as("the logged time").isEqualTo(new Moment(1741072020000L, CET));
        assertThat(taken.end()).isNull();
        assertThat(taken.source()).isEqualTo(new SourceInfo("Health", null, null));
        assertThat(taken.payloadJson()).isEqualTo("{\"doseQuantity\":1,\"logStatus\":\"taken\","
                + "\"medicationConceptIdentifier\":\"197806\",\"scheduledDate\":\"2025-03-04T08:00:00.000+01:00\","
                + "\"sourceName\":\"Health\",\"startDate\":\"2025-03-04T08:07:00.000+01:00\",\"unit\":\"tablet\","
                + "\"uuid\":\"1B2C3D4E-5F60-4718-293A-4B5C6D7E8F9A\"}");
        RawDocument skipped = got.documents.get(4);
        assertThat(skipped.start()).as("never logged: the scheduled time").isEqualTo(new Moment(1741114800000L, CET));
    }

    @Test
    void brokenRecordsAreRejectedByPathAndUnknownPartsReportedAsIgnored() {
        Recording got = decodeFixture("export-routes-after-data.json");

        assertThat(got.rejects).containsExactly(
                Map.entry("data.HKQuantityTypeIdentifierHeartRate[2].startDate", "missing"),
                Map.entry("data.HKQuantityTypeIdentifierStepCount[2].value", "expected a number or a string"),
                Map.entry("data.HKQuantityTypeIdentifierStepCount[3].startDate", "not an ISO-8601 date-time"),
                Map.entry("data.workouts[1].events[0].date", "missing"),
                Map.entry("data.medicationDoseEvents[2].startDate", "missing"),
                Map.entry("workoutRoutes[\"" + RUN + "\"][1].latitude", "missing"));
        assertThat(got.ignored).containsExactly("appBuild",
                "data.HKQuantityTypeIdentifierHeartRate[3].wasUserEntered",
                "data.HKCorrelationTypeIdentifierBloodPressure", "data.stateOfMind",
                "workoutRoutes[\"" + RUN + "\"][2].speedAccuracy");
    }

    @Test
    void envelopeIsDeliveredOnceAfterTheLastRecord() {
        Recording got = decodeFixture("export-routes-after-data.json");

        assertThat(got.envelopes).containsExactly(new ExportProEnvelope("2025-03-05T06:00:12.345Z",
                "2025-03-04T00:00:00.000Z", "2025-03-05T00:00:00.000Z", "background-delivery"));
        assertThat(got.calls.get(got.calls.size() - 1)).isEqualTo("envelope");
    }

    @Test
    void routesBeforeDataAndFieldsInAnyOrder() {
        Recording got = decodeFixture("export-routes-before-data.json");

        assertThat(got.rejects).isEmpty();
        assertThat(got.calls).containsExactly(
                "route workoutRoutes[\"" + RIDE + "\"] " + RIDE + " 2",
                "ignored workoutRoutes[\"" + WALK + "\"][0].uuid",
                "route workoutRoutes[\"" + WALK + "\"] " + WALK + " 2",
                "workout data.workouts[0]", "workout data.workouts[1]",
                "document data.characteristics",
                "sample data.HKQuantityTypeIdentifierVO2Max[0]",
                "envelope");
        assertThat(got.routes.get(RIDE)).containsExactly(
                new RawRoutePoint("workoutRoutes[\"" + RIDE + "\"][0]", new Moment(1741186800000L, CET), 52.52, 13.405, 34.0, 6.1, null, null, null),
                new RawRoutePoint("workoutRoutes[\"" + RIDE + "\"][1]", new Moment(1741186805000L, CET), 52.52021, 13.40531, null, null, null, null, null));
        assertThat(got.routes.get(WALK)).as("a route set's locations, no offset: UTC").containsExactly(
                new RawRoutePoint("workoutRoutes[\"" + WALK + "\"][0].locations[0]", new Moment(1741158900000L, 0), 48.8584, 2.2945, null, null, null, null, null),
                new RawRoutePoint("workoutRoutes[\"" + WALK + "\"][0].locations[1]", new Moment(1741158901000L, 0), 48.85845, 2.29452, 35.5, null, null, null, null));

        RawWorkout ride = got.workouts.get(0);
        assertThat(ride.activityType()).isEqualTo("HKWorkoutActivityTypeCycling");
        assertThat(ride.start()).isEqualTo(new Moment(1741186800000L, CET));
        assertThat(ride.end()).isEqualTo(new Moment(1741190550000L, CET));
        assertThat(ride.durationSeconds()).isEqualTo(3750.0);
        assertThat(ride.statistics()).containsExactly(
                new RawStatistic("HKQuantityTypeIdentifierDistanceCycling", 24.6, null, null, null, "km"),
                new RawStatistic("HKQuantityTypeIdentifierActiveEnergyBurned", 2510.0, null, null, null, "kJ"));
        assertThat(ride.source()).isEqualTo(new SourceInfo("Strava", "com.strava.stravaride", "398.0"));

        RawWorkout walk = got.workouts.get(1);
        assertThat(walk.activityType()).as("raw value 52").isEqualTo("HKWorkoutActivityTypeWalking");
        assertThat(walk.start()).isEqualTo(new Moment(1741158900000L, 0));
        assertThat(walk.end()).isEqualTo(new Moment(1741160700000L, 0));
        assertThat(walk.durationSeconds()).isNull();
        assertThat(walk.statistics()).containsExactly(
                new RawStatistic("HKQuantityTypeIdentifierDistanceWalkingRunning", 2.9, null, null, null, "km"));
        assertThat(walk.metadataJson()).isEqualTo("{\"HEPAssumedUTC\":true}");

        assertThat(got.documents).containsExactly(new RawDocument("data.characteristics",
                DocumentKind.CHARACTERISTICS, null, null, null, SourceInfo.UNKNOWN,
                "{\"biologicalSex\":\"male\",\"bloodType\":\"0-\"}"));
        RawSample vo2 = got.samples.get(0);
        assertThat(vo2.value()).isEqualTo(44.1);
        assertThat(vo2.unit()).isEqualTo("mL/min·kg");
        assertThat(got.envelopes).containsExactly(new ExportProEnvelope("2025-03-05T18:00:00Z",
                "2025-03-05T00:00:00Z", "2025-03-06T00:00:00Z", "manual-upload"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-03-04T07:31:05Z          | 1741073465000 | 0     | false",
        "2025-03-04T07:31:05.123Z      | 1741073465123 | 0     | false",
        "2025-03-04T07:31:05.123456Z   | 1741073465123 | 0     | false",
        "2025-03-04T08:31:05+01:00     | 1741073465000 | 3600  | false",
        "2025-03-04T08:31:05.5+01:00   | 1741073465500 | 3600  | false",
        "2025-03-04T08:31:05+0100      | 1741073465000 | 3600  | false",
        "2025-03-04T02:31:05-05       | 1741073465000 | -18000 | false",
        "2025-03-04 08:31:05 +0100     | 1741073465000 | 3600  | false",
        "2025-03-04T07:31:05           | 1741073465000 | 0     | true",
        "2025-03-04T07:31:05.250       | 1741073465250 | 0     | true",
        "2025-03-04 07:31:05           | 1741073465000 | 0     | true",
        "2025-03-04T07:31              | 1741073460000 | 0     | true"})
    void datesWithOrWithoutMillisAndOffset(String text, long epochMillis, int offset, boolean assumedUtc) {
        Recording got = decode(body(STEPS, "{\"value\": 1, \"startDate\": \"" + text + "\"}"));

        RawSample sample = got.samples.get(0);
        assertThat(sample.start()).isEqualTo(new Moment(epochMillis, offset));
        assertThat(sample.metadataJson()).isEqualTo(assumedUtc ? "{\"HEPAssumedUTC\":true}" : null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-04T07:31:05Z", "2025-03-04", "04.03.2025 07:31", "yesterday", ""})
    void unparsableDatesRejectTheRecord(String text) {
        Recording got = decode(body(STEPS, "{\"value\": 1, \"startDate\": \"" + text + "\"}"));

        assertThat(got.samples).isEmpty();
        assertThat(got.rejects).containsExactly(
                Map.entry("data.HKQuantityTypeIdentifierStepCount[0].startDate", "not an ISO-8601 date-time"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "64          | 64.0 | ",
        "\"64\"      | 64.0 | ",
        "\" 72.5 \"  | 72.5 | ",
        "\"1e3\"     | 1000.0 | ",
        "\"-0.5\"    | -0.5 | ",
        "\"NaN\"     |      | NaN",
        "\"0x10\"    |      | 0x10",
        "\"HKCategoryValueSleepAnalysisAwake\" | | HKCategoryValueSleepAnalysisAwake",
        "null        |      | "})
    void valuesAsNumbersOrStrings(String json, Double number, String text) {
        Recording got = decode(body(STEPS, "{\"value\": " + json + ", \"startDate\": \"2025-03-04T07:31:05Z\"}"));

        assertThat(got.samples.get(0).value()).isEqualTo(number);
        assertThat(got.samples.get(0).textValue()).isEqualTo(text == null ? null : text.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"HKWorkoutActivityTypeRunning\"            | HKWorkoutActivityTypeRunning",
        "\"running\"                                 | HKWorkoutActivityTypeRunning",
        "\"Traditional Strength Training\"           | HKWorkoutActivityTypeTraditionalStrengthTraining",
        "\"HIIT\"                                    | HKWorkoutActivityTypeHighIntensityIntervalTraining",
        "37                                          | HKWorkoutActivityTypeRunning",
        "\"46\"                                      | HKWorkoutActivityTypeSwimming",
        "3000                                        | HKWorkoutActivityTypeOther",
        "\"HKWorkoutActivityTypeZorbing\"            | HKWorkoutActivityTypeZorbing",
        "\"Zorbing\"                                 | Zorbing"})
    void activityTypesResolveToTheHealthKitIdentifier(String json, String identifier) {
        Recording got = decode("{\"data\": {\"workouts\": [{\"workoutActivityType\": " + json
                + ", \"startDate\": \"2025-03-04T18:00:00Z\", \"endDate\": \"2025-03-04T18:30:00Z\"}]}}");

        assertThat(got.workouts).extracting(RawWorkout::activityType).containsExactly(identifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "swimming             | HKQuantityTypeIdentifierDistanceSwimming",
        "HKWorkoutActivityTypeHandCycling | HKQuantityTypeIdentifierDistanceCycling",
        "wheelchairRunPace    | HKQuantityTypeIdentifierDistanceWheelchair",
        "downhillSkiing       | HKQuantityTypeIdentifierDistanceDownhillSnowSports",
        "hiking               | HKQuantityTypeIdentifierDistanceWalkingRunning",
        "Zorbing              | HKQuantityTypeIdentifierDistanceWalkingRunning"})
    void totalDistanceIsTheDistanceTypeOfTheActivity(String activity, String distanceType) {
        Recording got = decode("{\"data\": {\"workouts\": [{\"activityType\": \"" + activity + "\", "
                + "\"startDate\": \"2025-03-04T18:00:00Z\", \"duration\": {\"value\": 30, \"unit\": \"min\"}, "
                + "\"totalDistance\": 1500}]}}");

        RawWorkout workout = got.workouts.get(0);
        assertThat(workout.statistics()).containsExactly(new RawStatistic(distanceType, 1500.0, null, null, null, null));
        assertThat(workout.durationSeconds()).isEqualTo(1800.0);
        assertThat(workout.end()).isEqualTo(new Moment(1741113000000L, 0));
    }

    @Test
    void explicitStatisticWinsOverTheSameTotalAndBrokenStatisticsAreRejectedAlone() {
        Recording got = decode("{\"data\": {\"workouts\": [{\"activityType\": \"running\", "
                + "\"startDate\": \"2025-03-04T18:00:00Z\", \"endDate\": \"2025-03-04T18:30:00Z\", "
                + "\"totalDistance\": 5000, \"totalDistanceUnit\": \"m\", \"statistics\": {"
                + "\"HKQuantityTypeIdentifierDistanceWalkingRunning\": {\"sum\": 5001.5, \"unit\": \"m\", \"samples\": 9},"
                + "\"HKQuantityTypeIdentifierHeartRate\": {\"avg\": \"fast\"},"
                + "\"HKQuantityTypeIdentifierRunningPower\": [250],"
                + "\"HKQuantityTypeIdentifierRunningSpeed\": {\"average\": \"3.1\", \"maximum\": 4.2, \"unit\": \"m/s\"}}}]}}");

        assertThat(got.workouts.get(0).statistics()).containsExactly(
                new RawStatistic("HKQuantityTypeIdentifierDistanceWalkingRunning", 5001.5, null, null, null, "m"),
                new RawStatistic("HKQuantityTypeIdentifierRunningSpeed", null, null, 3.1, 4.2, "m/s"));
        assertThat(got.rejects).containsExactly(
                Map.entry("data.workouts[0].statistics.HKQuantityTypeIdentifierHeartRate.avg", "expected a number"),
                Map.entry("data.workouts[0].statistics.HKQuantityTypeIdentifierRunningPower", "expected an object"));
        assertThat(got.ignored).containsExactly(
                "data.workouts[0].statistics.HKQuantityTypeIdentifierDistanceWalkingRunning.samples");
    }

    @Test
    void workoutWithoutActivityStartOrEndIsRejected() {
        Recording got = decode("{\"data\": {\"workouts\": ["
                + "{\"startDate\": \"2025-03-04T18:00:00Z\", \"endDate\": \"2025-03-04T18:30:00Z\"},"
                + "{\"activityType\": \"running\", \"endDate\": \"2025-03-04T18:30:00Z\"},"
                + "{\"activityType\": \"running\", \"startDate\": \"2025-03-04T18:00:00Z\"},"
                + "{\"activityType\": \"running\", \"startDate\": \"2025-03-04T18:00:00Z\", \"durationSeconds\": \"x\"},"
                + "{\"activityType\": \"running\", \"startDate\": \"2025-03-04T18:00:00Z\", \"duration\": 3, \"durationUnit\": \"fortnights\"},"
                + "{\"activityType\": \"running\", \"startDate\": \"2025-03-04T18:00:00Z\", \"endDate\": \"2025-03-04T18:30:00Z\"}]}}");

        assertThat(got.workouts).extracting(RawWorkout::path).containsExactly("data.workouts[5]");
        assertThat(got.rejects).containsExactly(
                Map.entry("data.workouts[0].workoutActivityType", "missing"),
                Map.entry("data.workouts[1].startDate", "missing"),
                Map.entry("data.workouts[2].endDate", "missing"),
                Map.entry("data.workouts[3].durationSeconds", "expected a number"),
                Map.entry("data.workouts[4].durationUnit", "unknown unit"));
    }

    @Test
    void sectionsOfTheWrongShapeAreRejectedAndTheRestOfTheBodyIsRead() {
        Recording got = decode("{\"characteristics\": \"female\", \"workoutRoutes\": [1, 2], \"data\": {"
                + "\"HKQuantityTypeIdentifierStepCount\": {\"value\": 1}, \"workouts\": \"none\", \"medications\": null,"
                + "\"HKQuantityTypeIdentifierHeartRate\": [7, null, {\"value\": 60, \"startDate\": \"2025-03-04T07:00:00Z\"}],"
                + "\"characteristics\": {}},"
                + "\"exportDate\": {\"when\": \"now\"}}");

        assertThat(got.rejects).containsExactly(
                Map.entry("characteristics", "expected an object"),
                Map.entry("workoutRoutes", "expected an object"),
                Map.entry("data.HKQuantityTypeIdentifierStepCount", "expected an array"),
                Map.entry("data.workouts", "expected an array"),
                Map.entry("data.HKQuantityTypeIdentifierHeartRate[0]", "expected an object"),
                Map.entry("data.HKQuantityTypeIdentifierHeartRate[1]", "expected an object"));
        assertThat(got.samples).extracting(RawSample::path).containsExactly("data.HKQuantityTypeIdentifierHeartRate[2]");
        assertThat(got.documents).as("empty characteristics").isEmpty();
        assertThat(got.ignored).containsExactly("exportDate");
        assertThat(got.envelopes).containsExactly(new ExportProEnvelope(null, null, null, null));
    }

    @Test
    void onlyQuantityAndCategoryKeysAreSampleSections() {
        Recording got = decode("{\"data\": {"
                + "\"HKQuantityTypeIdentifierFutureMetric\": [{\"value\": 1, \"startDate\": \"2025-03-04T07:00:00Z\"}],"
                + "\"HKCategoryTypeIdentifierFutureEvent\": [{\"value\": \"Happened\", \"startDate\": \"2025-03-04T07:00:00Z\"}],"
                + "\"HKDataTypeIdentifierHeartbeatSeries\": [{\"beats\": [0.8, 0.81]}],"
                + "\"HKCorrelationTypeIdentifierFood\": [],"
                + "\"ecg\": [], \"some key\": 1}}");

        assertThat(got.samples).extracting(RawSample::type).containsExactly(
                "HKQuantityTypeIdentifierFutureMetric", "HKCategoryTypeIdentifierFutureEvent");
        assertThat(got.ignored).containsExactly("data.HKDataTypeIdentifierHeartbeatSeries",
                "data.HKCorrelationTypeIdentifierFood", "data.ecg", "data[\"some key\"]");
    }

    @Test
    void rejectReasonsAndPathsNeverCarryTheValuesSent() {
        String secret = "SECRET-7781";
        Recording got = decode("{\"data\": {"
                + "\"HKQuantityTypeIdentifierStepCount\": [{\"value\": [\"" + secret + "\"], \"startDate\": \"" + secret + "\"},"
                + "{\"value\": 1, \"startDate\": \"" + secret + "\"}, {\"unit\": {\"" + secret + "\": 1}}],"
                + "\"workouts\": [{\"activityType\": \"running\", \"startDate\": \"2025-03-04T18:00:00Z\","
                + " \"endDate\": \"2025-03-04T18:30:00Z\", \"events\": [{\"type\": \"pause\", \"date\": \"" + secret + "\"}]}],"
                + "\"medicationDoseEvents\": [{\"startDate\": \"" + secret + "\"}]},"
                + "\"workoutRoutes\": {\"W\": [{\"latitude\": \"" + secret + "\"}, {\"latitude\": 91, \"longitude\": 0,"
                + " \"timestamp\": \"2025-03-04T18:00:00Z\"}]}}");

        assertThat(got.rejects).hasSize(6);
        assertThat(got.rejects).allSatisfy((path, reason) -> {
            assertThat(path).doesNotContain(secret);
            assertThat(reason).doesNotContain(secret).isIn("missing", "expected a number or a string",
                    "not an ISO-8601 date-time", "expected a string", "expected a number");
        });
        assertThat(got.routes.get("W")).as("the latitude out of range is the pipeline's to drop (RoutePoints)")
                .extracting(RawRoutePoint::path).containsExactly("workoutRoutes.W[1]");
    }

    @Test
    void malformedBodiesThrowWithThePathWhereTheyStoppedMakingSense() {
        assertMalformed("[]", "", "expected a JSON object at the top level");
        assertMalformed("", "", "expected a JSON object at the top level");
        assertMalformed("\"data\"", "", "expected a JSON object at the top level");
        assertMalformed("{\"data\": []}", "data", "expected an object");
        assertMalformed("{\"syncSource\": \"widget\", \"data\": 7}", "data", "expected an object");
        assertMalformed("{\"data\": {}} {}", "", "not valid JSON: content after the top-level object");

        MalformedBodyException truncated = malformed("{\"data\": {\"HKQuantityTypeIdentifierStepCount\": ["
                + "{\"value\": 1, \"startDate\": \"2025-03-04T07:00:00Z\"}, {\"value\": 2, \"unit\": \"cou");
        assertThat(truncated.path()).isEqualTo("data.HKQuantityTypeIdentifierStepCount[1].unit");
        assertThat(truncated.getMessage()).startsWith("data.HKQuantityTypeIdentifierStepCount[1].unit: not valid JSON");

        MalformedBodyException badToken = malformed("{\"data\": {\"workouts\": [{\"uuid\": SECRET}]}}");
        assertThat(badToken.path()).isEqualTo("data.workouts[0].uuid");
        assertThat(badToken.getMessage()).contains("not valid JSON").doesNotContain("SECRET");
    }

    @Test
    void malformedBodyDeliversNoEnvelope() {
        Recording got = new Recording();
        catchThrowableOfType(MalformedBodyException.class, () -> decoder.decode(
                stream("{\"syncSource\": \"widget\", \"data\": [1]}"), got, got.envelopes::add));

        assertThat(got.envelopes).isEmpty();
    }

    @Test
    void twoArgumentDecodeAndEmptyBodiesNeedNoData() {
        CollectingSink sink = new CollectingSink();
        decoder.decode(stream("{\"exportDate\": \"2025-03-05T06:00:00Z\", \"data\": null}"), sink);

        assertThat(sink.samples).isEmpty();
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.ignored).isEmpty();
    }

    @Test
    void failingStreamIsAnIoErrorNotAMalformedBody() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        UncheckedIOException thrown = catchThrowableOfType(UncheckedIOException.class,
                () -> decoder.decode(broken, new CollectingSink()));
        assertThat(thrown).hasMessageContaining("connection reset");
    }

    private void assertMalformed(String json, String path, String reason) {
        MalformedBodyException thrown = malformed(json);
        assertThat(thrown.path()).as(json).isEqualTo(path);
        assertThat(thrown.getMessage()).as(json).isEqualTo(path.isEmpty() ? reason : path + ": " + reason);
        assertThat(thrown.status()).isEqualTo(400);
    }

    private MalformedBodyException malformed(String json) {
        MalformedBodyException thrown = catchThrowableOfType(MalformedBodyException.class,
                () -> decoder.decode(stream(json), new CollectingSink()));
        assertThat(thrown).as(json).isNotNull();
        return thrown;
    }

    private static String body(String type, String record) {
        return "{\"data\": {\"" + type + "\": [" + record + "]}}";
    }

    private Recording decodeFixture(String name) {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/health-export-pro/" + name)) {
            assertThat(in).as(name).isNotNull();
            Recording got = new Recording();
            decoder.decode(in, got, got::envelope);
            return got;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Recording decode(String json) {
        Recording got = new Recording();
        decoder.decode(stream(json), got, got::envelope);
        return got;
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps what the decoder handed over and the order it came in. */
    static final class Recording extends CollectingSink {

        final List<String> calls = new ArrayList<>();
        final List<ExportProEnvelope> envelopes = new ArrayList<>();

        @Override
        public void sample(RawSample sample) {
            calls.add("sample " + sample.path());
            super.sample(sample);
        }

        @Override
        public void workout(RawWorkout workout) {
            calls.add("workout " + workout.path());
            super.workout(workout);
        }

        @Override
        public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
            calls.add("route " + path + " " + workoutUuid + " " + points.size());
            super.route(path, workoutUuid, points);
        }

        @Override
        public void document(RawDocument document) {
            calls.add("document " + document.path());
            super.document(document);
        }

        @Override
        public void reject(String path, String reason) {
            calls.add("reject " + path);
            super.reject(path, reason);
        }

        @Override
        public void ignored(String path) {
            calls.add("ignored " + path);
            super.ignored(path);
        }

        void envelope(ExportProEnvelope envelope) {
            calls.add("envelope");
            envelopes.add(envelope);
        }
    }
}
