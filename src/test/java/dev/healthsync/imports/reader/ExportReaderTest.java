package dev.healthsync.imports.reader;

import static dev.healthsync.imports.reader.ExportFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RawWorkoutEvent;
import dev.healthsync.pipeline.SkipGroup;
import dev.healthsync.testing.CollectingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's own export (iOS 16 broken DTD, a vertical tab, every element kind, a GPX route, a German ECG, a
 * FHIR resource) zipped the way a Mac re-zips it, under the Chinese name {@code 导出.xml}.
 */
class ExportReaderTest {

    static final SourceInfo WATCH = new SourceInfo("Ana’s Apple Watch", null, "10.4");
    static final SourceInfo PHONE = new SourceInfo("Ana’s iPhone", null, "17.4.1");
    static final DeviceInfo WATCH_DEVICE = new DeviceInfo("Apple Watch", "Apple Inc.", "Watch", "Watch6,2", "10.4");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;
    static CollectingSink sink;
    static ReadSummary summary;
    static ExportFixtures.RecordingListener listener;

    @BeforeAll
    static void readZippedExport() throws IOException {
        sink = new CollectingSink();
        listener = new ExportFixtures.RecordingListener();
        summary = new ExportReader().read(ExportFixtures.macZip(dir, "导出.xml"), sink, listener);
    }

    @Test
    void countsEveryKindReadSkippedAndUnknown() {
        assertThat(summary.read()).containsOnly(
                entry("ExportDate", 1L), entry("Me", 1L), entry("Record", 12L), entry("MetadataEntry", 13L),
                entry("HeartRateVariabilityMetadataList", 1L), entry("InstantaneousBeatsPerMinute", 3L),
                entry("Correlation", 1L), entry("Workout", 2L), entry("WorkoutEvent", 4L),
                entry("WorkoutStatistics", 4L), entry("WorkoutActivity", 1L), entry("WorkoutRoute", 2L),
                entry("FileReference", 2L), entry("GpxFile", 1L), entry("trkpt", 4L), entry("ActivitySummary", 2L),
                entry("ClinicalRecord", 2L), entry("FhirResource", 1L), entry("Audiogram", 1L),
                entry("SensitivityPoint", 2L), entry("VisionPrescription", 1L), entry("RightEye", 1L),
                entry("LeftEye", 1L), entry("Attachment", 1L), entry("EcgCsv", 1L));
        assertThat(summary.skipped()).extracting(SkipGroup::element, SkipGroup::reason, SkipGroup::count,
                        SkipGroup::line)
                .containsExactlyInAnyOrder(
                        tuple("ZipEntry", "__MACOSX or AppleDouble copy", 2L, 0),
                        tuple("ZipEntry", "export_cda.xml (a CDA copy of export.xml)", 1L, 0),
                        tuple("FutureThing", "unknown element", 1L, 74));
        assertThat(summary.warnings()).extracting(SkipGroup::element, SkipGroup::reason, SkipGroup::line)
                .containsExactlyInAnyOrder(
                        tuple("Record", "unknown attribute futureAttribute not kept", 65),
                        tuple("WorkoutRoute", "route file workout-routes/route_2024-05-03_5.40pm.gpx is not in the"
                                + " export; workout kept without this route", 100),
                        tuple("ClinicalRecord", "FHIR resource clinical-records/AllergyIntolerance-missing.json is not"
                                + " in the export or not JSON; record kept without it", 106),
                        tuple("export.xml", "1 illegal XML control characters were replaced by spaces", 0));
        assertThat(sink.ignored).containsExactly("Record@65:2@futureAttribute", "FutureThing");
        assertThat(sink.rejects).containsExactly(entry("Record@73:2.startDate", "is not a date"));
    }

    @Test
    void warnsWithoutValuesAndReportsProgressToTheEnd() throws IOException {
        assertThat(listener.warnings).containsExactly(
                "WorkoutRoute: route file workout-routes/route_2024-05-03_5.40pm.gpx is not in the export;"
                        + " workout kept without this route at line 100, column 4",
                "ClinicalRecord: FHIR resource clinical-records/AllergyIntolerance-missing.json is not in the"
                        + " export or not JSON; record kept without it at line 106, column 2",
                "export.xml: 1 illegal XML control characters were replaced by spaces");
        long size = Files.size(ExportFixtures.resource(ExportFixtures.EXPORT_FOLDER + "/export.xml"));
        assertThat(summary.bytesTotal()).isEqualTo(size);
        assertThat(listener.progress).last().isEqualTo(new long[] {size, size});
    }

    @Test
    void quantityRecordWithDeviceMetadataAndCreationDate() {
        RawSample heartRate = sink.samples.get(0);

        assertThat(heartRate).isEqualTo(new RawSample("Record@46:2", null, "HKQuantityTypeIdentifierHeartRate", 64.0,
                null, "count/min", at("2024-05-01T07:31:05+02:00"), at("2024-05-01T07:31:05+02:00"), WATCH,
                WATCH_DEVICE, "{\"HKExportCreationDate\":\"2024-05-01 07:31:11 +0200\","
                        + "\"HKMetadataKeyHeartRateMotionContext\":\"1\"}"));
        assertThat(sink.samples).hasSize(11);
    }

    @Test
    void heartbeatSeriesOfAnHrvRecordGoesIntoItsMetadata() {
        RawSample hrv = sink.samples.get(1);

        assertThat(hrv.type()).isEqualTo("HKQuantityTypeIdentifierHeartRateVariabilitySDNN");
        assertThat(hrv.value()).isEqualTo(48.2917);
        assertThat(hrv.unit()).isEqualTo("ms");
        assertThat(hrv.end()).isEqualTo(at("2024-05-01T07:39:55+02:00"));
        assertThat(hrv.metadataJson()).isEqualTo("{\"HKExportCreationDate\":\"2024-05-01 07:40:02 +0200\","
                + "\"HKHeartbeatSeries\":[{\"bpm\":61,\"time\":\"7:38:56.12 AM\"},"
                + "{\"bpm\":63,\"time\":\"7:38:57.08 AM\"},{\"bpm\":60,\"time\":\"7:38:58.07 AM\"}]}");
        assertThat(hrv.device()).isEqualTo(WATCH_DEVICE); // another memory address, the same device
    }

    @Test
    void categoryValuesAsNamesOrNumbers() {
        RawSample sleep = sink.samples.get(2);
        assertThat(sleep.value()).isNull();
        assertThat(sleep.textValue()).isEqualTo("HKCategoryValueSleepAnalysisAsleepCore");
        assertThat(sleep.unit()).isNull();
        assertThat(sleep.device()).isNull();
        assertThat(sleep.metadataJson()).isEqualTo(
                "{\"HKExportCreationDate\":\"2024-05-01 09:46:24 +0200\",\"HKTimeZone\":\"Europe/Berlin\"}");

        RawSample stand = sink.samples.get(10);
        assertThat(stand.type()).isEqualTo("HKCategoryTypeIdentifierAppleStandHour");
        assertThat(stand.value()).isEqualTo(1.0);
        assertThat(stand.textValue()).isNull();
    }

    @Test
    void unitsAreKeptAsWrittenForTheNormalizer() {
        assertThat(sink.samples.subList(3, 6)).extracting(RawSample::type, RawSample::value, RawSample::unit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HKQuantityTypeIdentifierActiveEnergyBurned", 7.531, "kJ"),
                        org.assertj.core.groups.Tuple.tuple("HKQuantityTypeIdentifierDistanceWalkingRunning", 0.42,
                                "mi"),
                        org.assertj.core.groups.Tuple.tuple("HKQuantityTypeIdentifierBodyTemperature", 98.6, "degF"));
        assertThat(sink.samples.get(4).source()).isEqualTo(PHONE);
        assertThat(sink.samples.get(4).device())
                .isEqualTo(new DeviceInfo("iPhone", "Apple Inc.", "iPhone", "iPhone15,2", "17.4.1"));
    }

    @Test
    void verticalTabBecomesASpaceAndKeysWithSpacesAndAmpersandsSurvive() {
        assertThat(sink.samples.get(5).metadataJson()).isEqualTo("{\"HKExportCreationDate\":\"2024-05-01 21:00:01"
                + " +0200\",\"HKWasUserEntered\":\"1\",\"Reading Place & Mode\":\"Morning session\"}");
    }

    @Test
    void correlationChildrenAreReadAsRecordsAndTheCorrelationIsKept() {
        assertThat(sink.samples).filteredOn(s -> s.type().startsWith("HKQuantityTypeIdentifierBloodPressure"))
                .extracting(RawSample::path, RawSample::value)
                .containsExactly(tuple("Record@65:2", 121.0), tuple("Record@66:2", 79.0),
                        tuple("Record@69:3", 121.0), tuple("Record@70:3", 79.0));
        RawDocument reading = sink.documents.get(1);
        assertThat(reading.kind()).isEqualTo(DocumentKind.CORRELATION);
        assertThat(reading.path()).isEqualTo("Correlation@67:2");
        assertThat(reading.start()).isEqualTo(at("2024-05-02T07:00:00+02:00"));
        assertThat(reading.payloadJson()).startsWith("{\"type\":\"HKCorrelationTypeIdentifierBloodPressure\","
                        + "\"sourceName\":\"Omron\"")
                .endsWith("\"records\":[{\"type\":\"HKQuantityTypeIdentifierBloodPressureSystolic\",\"value\":121,"
                        + "\"unit\":\"mmHg\"},{\"type\":\"HKQuantityTypeIdentifierBloodPressureDiastolic\","
                        + "\"value\":79,\"unit\":\"mmHg\"}]}");
    }

    @Test
    void workoutWithStatisticsEventsActivityAndGpxRoute() {
        RawWorkout run = sink.workouts.get(0);

        assertThat(run.path()).isEqualTo("Workout@75:2");
        assertThat(run.uuid()).isNull();
        assertThat(run.activityType()).isEqualTo("HKWorkoutActivityTypeRunning");
        assertThat(run.start()).isEqualTo(at("2024-05-01T07:12:00+02:00"));
        assertThat(run.end()).isEqualTo(at("2024-05-01T07:44:30+02:00"));
        assertThat(run.durationSeconds()).isEqualTo(1950.0);
        assertThat(run.source()).isEqualTo(WATCH);
        assertThat(run.device()).isEqualTo(WATCH_DEVICE);
        // WorkoutStatistics win over the legacy totalDistance (3.1 mi); totalEnergyBurned has no statistic, so it
        // stays, in its own unit; the activity's own distance statistic is not added a second time.
        assertThat(run.statistics()).containsExactly(
                new RawStatistic("HKQuantityTypeIdentifierDistanceWalkingRunning", 5.02, null, null, null, "km"),
                new RawStatistic("HKQuantityTypeIdentifierHeartRate", null, 98.0, 141.5, 171.0, "count/min"),
                new RawStatistic("HKQuantityTypeIdentifierStepCount", 5120.0, null, null, null, "count"),
                new RawStatistic("HKQuantityTypeIdentifierActiveEnergyBurned", 1250.0, null, null, null, "kJ"));
        assertThat(run.events()).containsExactly(
                new RawWorkoutEvent("HKWorkoutEventTypePause", at("2024-05-01T07:20:00+02:00"), null, null),
                new RawWorkoutEvent("HKWorkoutEventTypeResume", at("2024-05-01T07:21:30+02:00"), null, null),
                new RawWorkoutEvent("HKWorkoutEventTypeSegment", at("2024-05-01T07:12:00+02:00"), 330.0,
                        "{\"HKSegmentName\":\"Warm-up\"}"));
        assertThat(run.metadataJson()).isEqualTo("{\"HKAverageMETs\":\"9.8 kcal/hr·kg\","
                + "\"HKExportCreationDate\":\"2024-05-01 07:45:12 +0200\",\"HKIndoorWorkout\":\"0\","
                + "\"HKTimeZone\":\"Europe/Berlin\",\"HKWeatherTemperature\":\"68 degF\","
                + "\"HKWorkoutActivities\":[{\"WorkoutEvent\":[{\"date\":\"2024-05-01 07:20:00 +0200\","
                + "\"type\":\"HKWorkoutEventTypePause\"}],\"WorkoutStatistics\":[{\"endDate\":\"2024-05-01 07:44:30"
                + " +0200\",\"startDate\":\"2024-05-01 07:12:00 +0200\",\"sum\":\"5.02\","
                + "\"type\":\"HKQuantityTypeIdentifierDistanceWalkingRunning\",\"unit\":\"km\"}],"
                + "\"duration\":\"32.5\",\"durationUnit\":\"min\",\"endDate\":\"2024-05-01 07:44:30 +0200\","
                + "\"metadata\":{\"HKIndoorWorkout\":\"0\"},\"startDate\":\"2024-05-01 07:12:00 +0200\","
                + "\"uuid\":\"5E3B1C2A-9D1F-4F0E-8B7C-2A1D3E4F5A6B\"}]}");
    }

    @Test
    void gpxRoutePointsKeepSharedTimestampsAndCoreLocationSentinelsAsWrittenNamedByTheirLine() {
        Moment first = new Moment(java.time.Instant.parse("2024-05-01T05:12:03Z").toEpochMilli(), 0);
        String gpx = "trkpt@workout-routes/route_2024-05-01_7.12am.gpx:";

        // -1 (CoreLocation's "not measured") is read as written; the pipeline's RoutePoints makes it null
        assertThat(sink.workouts.get(0).route()).containsExactly(
                new RawRoutePoint(gpx + "9:7", first, 52.516275, 13.376921, 34.512345, 2.81, 181.25, 4.1, 3.0),
                new RawRoutePoint(gpx + "10:7", first, 52.51625, 13.37694, 34.498, 2.83, 181.0, 4.0, 3.1),
                new RawRoutePoint(gpx + "11:7", new Moment(first.epochMillis() + 1000, 0), 52.51622, 13.37696, 34.401,
                        -1.0, -1.0, 5.2, -1.0),
                new RawRoutePoint(gpx + "12:7", new Moment(first.epochMillis() + 2000, 0), 52.51619, 13.377001, 34.3,
                        null, null, null, null));
    }

    @Test
    void legacyDistanceOfACyclingWorkoutAndAMissingRouteFile() {
        RawWorkout ride = sink.workouts.get(1);

        assertThat(ride.durationSeconds()).isEqualTo(4500.0);
        assertThat(ride.statistics()).containsExactly(
                new RawStatistic("HKQuantityTypeIdentifierDistanceCycling", 31.4, null, null, null, "km"));
        assertThat(ride.route()).isEmpty();
        assertThat(ride.source()).isEqualTo(PHONE);
        assertThat(ride.metadataJson()).isEqualTo("{\"HKExportCreationDate\":\"2024-05-03 19:00:00 +0200\"}");
    }

    @Test
    void activitySummariesAreDaysInTheExportDateOffset() {
        assertThat(sink.aggregates).containsExactly(
                new RawAggregate("ActivitySummary@103:2", "HKActivitySummary", at("2024-05-01T00:00:00+02:00"),
                        at("2024-05-02T00:00:00+02:00"), "day", null, 2412.5, null, null, null,
                        "{\"activeEnergyBurned\":2412.5,\"activeEnergyBurnedGoal\":2500,\"activeEnergyBurnedUnit\":"
                                + "\"kJ\",\"appleExerciseTime\":41,\"appleExerciseTimeGoal\":30,\"appleMoveTime\":0,"
                                + "\"appleMoveTimeGoal\":0,\"appleStandHours\":11,\"appleStandHoursGoal\":12,"
                                + "\"dateComponents\":\"2024-05-01\"}", null),
                new RawAggregate("ActivitySummary@104:2", "HKActivitySummary", at("2024-05-02T00:00:00+02:00"),
                        at("2024-05-03T00:00:00+02:00"), "day", null, 388.1, null, null, null,
                        "{\"activeEnergyBurned\":388.1,\"activeEnergyBurnedGoal\":600,\"activeEnergyBurnedUnit\":"
                                + "\"kcal\",\"appleExerciseTime\":12,\"appleExerciseTimeGoal\":30,"
                                + "\"appleStandHours\":9,\"appleStandHoursGoal\":12,"
                                + "\"dateComponents\":\"2024-05-02\"}", null));
    }

    @Test
    void meIsACharacteristicsDocument() {
        RawDocument me = sink.documents.get(0);

        assertThat(me).isEqualTo(new RawDocument("Me", DocumentKind.CHARACTERISTICS, null, null, null, null,
                "{\"HKCharacteristicTypeIdentifierBiologicalSex\":\"HKBiologicalSexFemale\","
                        + "\"HKCharacteristicTypeIdentifierBloodType\":\"HKBloodTypeABPositive\","
                        + "\"HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse\":\"None\","
                        + "\"HKCharacteristicTypeIdentifierDateOfBirth\":\"1985-02-01\","
                        + "\"HKCharacteristicTypeIdentifierFitzpatrickSkinType\":\"HKFitzpatrickSkinTypeIII\"}"));
    }

    @Test
    void clinicalRecordEmbedsItsFhirResource() {
        RawDocument lab = sink.documents.get(2);
        JsonNode payload = JSON.readTree(lab.payloadJson());

        assertThat(lab.kind()).isEqualTo(DocumentKind.CLINICAL_RECORD);
        assertThat(lab.uuid()).isEqualTo("4A6C-OBS-0001");
        assertThat(lab.start()).isEqualTo(at("2024-04-20T10:15:00+02:00"));
        assertThat(lab.source()).isEqualTo(new SourceInfo("Klinikum Nord", null, null));
        assertThat(payload.get("type").asString()).isEqualTo("HKClinicalTypeIdentifierLabResultRecord");
        assertThat(payload.get("fhirVersion").asString()).isEqualTo("4.0.1");
        assertThat(payload.get("resourceFilePath").asString()).isEqualTo("/clinical-records/Observation-4A6C.json");
        assertThat(payload.at("/resource/resourceType").asString()).isEqualTo("Observation");
        assertThat(payload.at("/resource/valueQuantity/value").asInt()).isEqualTo(92);
        assertThat(payload.at("/resource/code/coding/0/code").asString()).isEqualTo("2345-7");

        RawDocument allergy = sink.documents.get(3);
        assertThat(allergy.uuid()).isEqualTo("4A6C-ALG-0002");
        assertThat(JSON.readTree(allergy.payloadJson()).has("resource")).isFalse();
    }

    @Test
    void audiogramKeepsEveryAttributeOfItsPointsIncludingIos18Ones() {
        RawDocument audiogram = sink.documents.get(4);
        JsonNode payload = JSON.readTree(audiogram.payloadJson());

        assertThat(audiogram.kind()).isEqualTo(DocumentKind.AUDIOGRAM);
        assertThat(audiogram.start()).isEqualTo(at("2024-03-10T10:50:00+01:00"));
        assertThat(audiogram.end()).isEqualTo(at("2024-03-10T10:58:00+01:00"));
        assertThat(audiogram.source()).isEqualTo(new SourceInfo("Hörtest", null, "3.2"));
        assertThat(payload.get("metadata").get("HKAudiogramTestType").asString()).isEqualTo("1");
        assertThat(payload.get("device").get("hardwareVersion").asString()).isEqualTo("iPhone15,2");
        assertThat(payload.get("SensitivityPoint")).hasSize(2);
        JsonNode first = payload.get("SensitivityPoint").get(0);
        assertThat(first.propertyNames()).containsExactly("frequencyUnit", "frequencyValue",
                "leftEarClampingRangeLowerBound", "leftEarClampingRangeUpperBound", "leftEarMasked", "leftEarUnit",
                "leftEarValue", "rightEarClampingRangeLowerBound", "rightEarClampingRangeUpperBound",
                "rightEarMasked", "rightEarUnit", "rightEarValue");
        assertThat(first.get("frequencyValue").asString()).isEqualTo("500");
        assertThat(first.get("leftEarMasked").asString()).isEqualTo("0");
        assertThat(first.get("rightEarMasked").asString()).isEqualTo("1");
        assertThat(first.get("leftEarClampingRangeLowerBound").asString()).isEqualTo("-10");
        assertThat(payload.get("SensitivityPoint").get(1).get("rightEarValue").asString()).isEqualTo("30");
    }

    @Test
    void visionPrescriptionKeepsItsEyesAndPrism() {
        RawDocument glasses = sink.documents.get(5);
        JsonNode payload = JSON.readTree(glasses.payloadJson());

        assertThat(glasses.kind()).isEqualTo(DocumentKind.VISION_PRESCRIPTION);
        assertThat(glasses.start()).isEqualTo(at("2024-02-15T00:00:00+01:00"));
        assertThat(payload.get("brand").asString()).isEqualTo("Optik Weiss");
        assertThat(payload.get("expirationDate").asString()).isEqualTo("2026-02-15 00:00:00 +0100");
        assertThat(payload.at("/RightEye/0/prismAmount").asString()).isEqualTo("0.5");
        assertThat(payload.at("/RightEye/0/prismAngle").asString()).isEqualTo("270");
        assertThat(payload.at("/LeftEye/0/sphere").asString()).isEqualTo("-1.5");
        assertThat(payload.at("/Attachment/0/identifier").asString()).isEqualTo("prescription-scan-1");
    }

    @Test
    void germanEcgWithDecimalCommas() {
        RawDocument ecg = sink.documents.get(6);
        JsonNode payload = JSON.readTree(ecg.payloadJson());

        assertThat(sink.documents).hasSize(7);
        assertThat(ecg.kind()).isEqualTo(DocumentKind.ECG);
        assertThat(ecg.path()).isEqualTo("electrocardiograms/ecg_2024-05-02.csv");
        assertThat(ecg.start()).isEqualTo(at("2024-05-02T09:15:30+02:00"));
        assertThat(ecg.end()).isEqualTo(new Moment(ecg.start().epochMillis() + 31, 7200)); // 16 samples at 512 Hz
        assertThat(payload.get("classification").asString()).isEqualTo("Sinusrhythmus");
        assertThat(payload.get("symptoms").asString()).isEqualTo("Schwindel, Müdigkeit");
        assertThat(payload.get("device").asString()).isEqualTo("Watch6,2");
        assertThat(payload.get("sampleRate").asString()).isEqualTo("512 Hertz");
        assertThat(payload.get("lead").asString()).isEqualTo("Ableitung I");
        assertThat(payload.get("unit").asString()).isEqualTo("µV");
        assertThat(payload.get("sampleRateHz").asDouble()).isEqualTo(512.0);
        assertThat(payload.get("sampleRateAssumed").asBoolean()).isFalse();
        assertThat(payload.get("headerPresent").asBoolean()).isTrue();
        assertThat(payload.get("sampleCount").asInt()).isEqualTo(16);
        assertThat(JSON.convertValue(payload.get("voltages"), double[].class)).containsExactly(-12.345, -10.5, 0.25,
                8.75, 1234.5, -3, 2.125, 4.5, -0.875, 12, 15.625, -7.25, 1.5, 0, -1.125, 3.375);
    }
}
