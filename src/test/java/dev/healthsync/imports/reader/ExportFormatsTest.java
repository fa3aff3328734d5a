package dev.healthsync.imports.reader;

import static dev.healthsync.imports.reader.ExportFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.SkipGroup;
import dev.healthsync.testing.CollectingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways an export arrives (bare XML, gzip, odd zips), the pre-iOS 12 shape, and files that are not exports. */
class ExportFormatsTest {

    private static final Path EXPORT_XML = ExportFixtures.resource(ExportFixtures.EXPORT_FOLDER + "/export.xml");
    private static final Path LEGACY = ExportFixtures.resource("fixtures/export/legacy-2018_inline-route_export.xml");

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final ExportFixtures.RecordingListener listener = new ExportFixtures.RecordingListener();

    @Test
    void bareXmlUsesTheFilesInItsFolder() {
        ReadSummary summary = new ExportReader().read(EXPORT_XML, sink, listener);

        assertThat(summary.read("Record")).as("ten at the top level and two inside the correlation").isEqualTo(12);
        assertThat(summary.read("trkpt")).isEqualTo(4);
        assertThat(summary.read("FhirResource")).isEqualTo(1);
        assertThat(summary.read("EcgCsv")).isEqualTo(1);
        assertThat(sink.workouts.get(0).route()).hasSize(4);
        assertThat(sink.documents).extracting(RawDocument::kind).containsExactly(DocumentKind.CHARACTERISTICS,
                DocumentKind.CORRELATION, DocumentKind.CLINICAL_RECORD, DocumentKind.CLINICAL_RECORD, DocumentKind.AUDIOGRAM,
                DocumentKind.VISION_PRESCRIPTION, DocumentKind.ECG);
    }

    @Test
    void gzipIsToldByItsMagicBytesNotItsName() throws IOException {
        Path gz = ExportFixtures.gzip(EXPORT_XML, dir.resolve("upload-7f3a.bin"));

        ReadSummary summary = new ExportReader().read(gz, sink, listener);

        assertThat(sink.samples).hasSize(11);
        assertThat(sink.samples.get(2).textValue()).isEqualTo("HKCategoryValueSleepAnalysisAsleepCore");
        assertThat(sink.workouts).hasSize(2);
        assertThat(sink.aggregates).hasSize(2);
        assertThat(summary.bytesTotal()).isEqualTo(Files.size(gz));
        assertThat(listener.progress).last().isEqualTo(new long[] {Files.size(gz), Files.size(gz)});
        // nothing beside it: both routes and the FHIR file are missing, and there is no ECG
        assertThat(summary.warnings("WorkoutRoute")).isEqualTo(2);
        assertThat(summary.warnings("ClinicalRecord")).isEqualTo(2);
        assertThat(sink.documents).extracting(RawDocument::kind).doesNotContain(DocumentKind.ECG);
        assertThat(sink.workouts.get(0).route()).isEmpty();
    }

    @Test
    void legacyExportWithInlineLocationsAndLegacyTotals() {
        ReadSummary summary = new ExportReader().read(LEGACY, sink, listener);

        RawWorkout walk = sink.workouts.get(0);
        assertThat(walk.durationSeconds()).isEqualTo(1470.0);
        assertThat(walk.statistics()).containsExactly(
                new RawStatistic("HKQuantityTypeIdentifierDistanceWalkingRunning", 1.2, null, null, null, "mi"),
                new RawStatistic("HKQuantityTypeIdentifierActiveEnergyBurned", 98.25, null, null, null, "kcal"));
        assertThat(walk.metadataJson()).isEqualTo("{\"HKExportCreationDate\":\"2018-02-04 10:31:02 -0800\","
                + "\"HKWeatherHumidity\":\"88 %\",\"HKWeatherTemperature\":\"51 degF\"}");
        // -1 (CoreLocation's "not measured") is read as written; the pipeline's RoutePoints makes it null
        assertThat(walk.route()).containsExactly(
                new RawRoutePoint("Location@13:13", at("2018-02-04T10:05:03-08:00"), 47.6205, -122.3493, 52.1, 1.34,
                        -1.0, 4.2, 3.1),
                new RawRoutePoint("Location@14:13", at("2018-02-04T10:05:04-08:00"), 47.62055, -122.34925, 52.4, 1.41,
                        45.5, 4.0, 3.0),
                new RawRoutePoint("Location@15:13", at("2018-02-04T10:05:05-08:00"), 47.6206, -122.3492, 52.6, -1.0,
                        44.0, 3.9, -1.0));
        RawSample weight = sink.samples.get(0);
        assertThat(weight.unit()).isEqualTo("lb");
        assertThat(weight.metadataJson()).isEqualTo("{\"HKExportCreationDate\":\"2018-01-10 07:12:40 -0800\","
                + "\"HKWasUserEntered\":\"0\",\"Scale App Version\":\"4.10.0\","
                + "\"Scale Link\":\"scale-app://timeline/measure?user=77&date=1515596712&type=1\"}");
        assertThat(sink.aggregates.get(0).start()).isEqualTo(at("2018-02-04T00:00:00-08:00"));
        assertThat(summary.read("Location")).isEqualTo(3);
        assertThat(summary.read("GpxFile")).isZero();
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void zipWithExportAtTheTopAndAsciiNameVariants() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Exportieren.xml", ExportFixtures.read(LEGACY));
        entries.put("README.txt", "not an export".getBytes(StandardCharsets.UTF_8));
        Path zip = ExportFixtures.zip(dir.resolve("export.zip"), entries);

        ReadSummary summary = new ExportReader().read(zip, sink, listener);

        assertThat(summary.read("Workout")).isEqualTo(1);
        assertThat(sink.workouts.get(0).route()).hasSize(3);
    }

    @Test
    void exportWithoutAnXmlSuffixIsFoundByContentAndTheLargestOfTwoWins() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("apple_health_export/gpx.txt", ("<?xml version=\"1.0\"?><gpx/>").getBytes(StandardCharsets.UTF_8));
        entries.put("apple_health_export/daten", ExportFixtures.read(EXPORT_XML));
        entries.put("apple_health_export/workout-routes/route_2024-05-01_7.12am.gpx", ExportFixtures.read(
                ExportFixtures.resource(ExportFixtures.EXPORT_FOLDER + "/workout-routes/route_2024-05-01_7.12am.gpx")));
        Path zip = ExportFixtures.zip(dir.resolve("a.zip"), entries);

        new ExportReader().read(zip, sink, listener);

        assertThat(sink.workouts.get(0).route()).hasSize(4);

        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("old/export.xml", ExportFixtures.read(LEGACY));
        two.put("new/export.xml", ExportFixtures.read(EXPORT_XML));
        CollectingSink second = new CollectingSink();
        ExportFixtures.RecordingListener heard = new ExportFixtures.RecordingListener();
        new ExportReader().read(ExportFixtures.zip(dir.resolve("b.zip"), two), second, heard);
        assertThat(second.samples).hasSize(11);
        assertThat(heard.warnings).contains("ZipEntry: 2 export XML files in the zip; reading the largest, new/export.xml");
    }

    @Test
    void referencesCannotLeaveTheExportFolder() throws IOException {
        Files.writeString(dir.resolve("secret.gpx"), "<gpx/>");
        Path xml = dir.resolve("export.xml");
        Files.writeString(xml, "<HealthData locale=\"en_US\">"
                + "<Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" sourceName=\"Watch\""
                + " startDate=\"2024-05-01 07:00:00 +0000\" endDate=\"2024-05-01 07:30:00 +0000\">"
                + "<WorkoutRoute><FileReference path=\"/workout-routes/../secret.gpx\"/></WorkoutRoute>"
                + "<WorkoutRoute><FileReference path=\"/../../etc/passwd\"/></WorkoutRoute></Workout></HealthData>");

        ReadSummary summary = new ExportReader().read(xml, sink, listener);

        assertThat(summary.read("GpxFile")).isZero();
        assertThat(summary.warnings("WorkoutRoute")).isEqualTo(2);
        assertThat(listener.warnings).allMatch(w -> w.contains("(outside the export)"));
        assertThat(sink.workouts).hasSize(1);
    }

    @Test
    void unknownChildrenAndAttributesAreCountedNeverFatal() throws IOException {
        Path xml = dir.resolve("export.xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><HealthData locale=\"en_US\" build=\"x\">"
                + "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"iPhone\" unit=\"count\""
                + " startDate=\"2024-05-01 07:00:00 +0000\" endDate=\"2024-05-01 07:10:00 +0000\" value=\"12\">"
                + "<NewChild a=\"1\"><Deeper/></NewChild><MetadataEntry key=\"k\" value=\"v\" lang=\"de\"/></Record>"
                + "<Workout workoutActivityType=\"HKWorkoutActivityTypeYoga\" sourceName=\"Watch\" effort=\"3\""
                + " startDate=\"2024-05-01 08:00:00 +0000\" endDate=\"2024-05-01 08:30:00 +0000\">"
                + "<WorkoutStatistics type=\"HKQuantityTypeIdentifierHeartRate\" median=\"90\" average=\"91\"/>"
                + "<WorkoutStatistics type=\"HKQuantityTypeIdentifierHeartRate\" average=\"92\"/>"
                + "<Annotation/></Workout></HealthData>");

        ReadSummary summary = new ExportReader().read(xml, sink, listener);

        assertThat(summary.skipped()).extracting(SkipGroup::element, SkipGroup::reason)
                .containsExactlyInAnyOrder(tuple("NewChild", "unknown element"), tuple("Annotation", "unknown element"),
                        tuple("WorkoutStatistics", "type repeated (the first is kept)"));
        assertThat(summary.warnings()).extracting(SkipGroup::element, SkipGroup::reason).containsExactlyInAnyOrder(
                tuple("HealthData", "unknown attribute build not kept"),
                tuple("MetadataEntry", "unknown attribute lang not kept"),
                tuple("Workout", "unknown attribute effort not kept"),
                tuple("WorkoutStatistics", "unknown attribute median not kept"));
        assertThat(sink.ignored).containsExactly("HealthData@build", "Record@1:59/NewChild",
                "Record@1:59/MetadataEntry@lang", "Workout@1:315@effort", "Workout@1:315/WorkoutStatistics@median",
                "Workout@1:315/Annotation");
        assertThat(sink.samples.get(0).metadataJson()).isEqualTo("{\"k\":\"v\"}");
        assertThat(sink.workouts.get(0).statistics()).containsExactly(
                new RawStatistic("HKQuantityTypeIdentifierHeartRate", null, null, 91.0, null, null));
        assertThat(summary.skipped("type repeated (the first is kept)")).isEqualTo(1);
    }

    @Test
    void noParserLimitBitesOnHugeAttributeCountsOrEntityHeavyValues() throws IOException {
        // The JDK parser stops at 10,000 attributes per element (jdk.xml.elementAttributeLimit) and at 50 M
        // characters of entity expansion per file (jdk.xml.totalEntitySizeLimit); every device string of an
        // export is written with &lt; and &gt;. Aalto has neither limit.
        StringBuilder xml = new StringBuilder("<HealthData locale=\"en_US\"><Record type=\"HKQuantityTypeIdentifier"
                + "StepCount\" sourceName=\"iPhone\" startDate=\"2024-05-01 07:00:00 +0000\" endDate=\"2024-05-01"
                + " 07:10:00 +0000\" value=\"12\"");
        for (int i = 0; i < 12_000; i++) {
            xml.append(" extra").append(i).append("=\"").append(i).append('"');
        }
        xml.append("><MetadataEntry key=\"long\" value=\"").append("&lt;&amp;&gt;".repeat(500_000)).append("\"/>");
        xml.append("</Record></HealthData>");
        Path file = Files.writeString(dir.resolve("export.xml"), xml);

        ReadSummary summary = new ExportReader().read(file, sink, listener);

        assertThat(summary.warnings("Record")).as("each unknown attribute counted, in a bounded number of groups")
                .isEqualTo(12_000);
        assertThat(summary.warnings()).hasSizeLessThanOrEqualTo(501);
        assertThat(sink.samples).singleElement().satisfies(s -> assertThat(s.metadataJson())
                .hasSize("{\"long\":\"\"}".length() + 1_500_000).contains("<&><&>"));
    }

    @Test
    void theCdaCopyIsRefusedWithAClearMessage() throws IOException {
        Path cda = dir.resolve("export_cda.xml");
        Files.writeString(cda, "<?xml version=\"1.0\"?>"
                + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><x/></ClinicalDocument>");

        assertThatThrownBy(() -> new ExportReader().read(cda, sink, listener))
                .isInstanceOf(UnreadableExportException.class).hasMessageContaining("CDA");
    }

    @Test
    void filesThatAreNotExports() throws IOException {
        Path csv = Files.writeString(dir.resolve("export.xml"), "-40.1\n-39.8\n");
        assertThatThrownBy(() -> new ExportReader().read(csv, sink, listener))
                .isInstanceOf(UnreadableExportException.class)
                .hasMessageStartingWith("the export XML is not well-formed");

        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("__MACOSX/._export.xml", ExportFixtures.APPLE_DOUBLE);
        entries.put("export_cda.xml", "<?xml version=\"1.0\"?><ClinicalDocument/>".getBytes(StandardCharsets.UTF_8));
        Path zip = ExportFixtures.zip(dir.resolve("export.zip"), entries);
        assertThatThrownBy(() -> new ExportReader().read(zip, sink, listener))
                .isInstanceOf(UnreadableExportException.class).hasMessageContaining("no Apple Health export XML");

        Path other = Files.writeString(dir.resolve("other.xml"), "<gpx version=\"1.1\"/>");
        assertThatThrownBy(() -> new ExportReader().read(other, sink, listener))
                .hasMessage("the root element is gpx, not HealthData");
    }

    @Test
    void aTruncatedGzipIsAnIoFailureNotBadXml() throws IOException {
        byte[] whole = Files.readAllBytes(ExportFixtures.gzip(LEGACY, dir.resolve("whole.gz")));
        Path cut = Files.write(dir.resolve("export.xml.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> new ExportReader().read(cut, sink, listener))
                .isInstanceOf(UnreadableExportException.class)
                .hasMessage("could not read export.xml.gz: EOFException");
    }

    @Test
    void aTruncatedExportKeepsWhatWasHandedOverAndSaysWhere() throws IOException {
        String whole = Files.readString(LEGACY);
        Path cut = Files.writeString(dir.resolve("export.xml"), whole.substring(0, whole.indexOf("<Workout ") + 40));

        assertThatThrownBy(() -> new ExportReader().read(cut, sink, listener))
                .isInstanceOf(UnreadableExportException.class)
                .hasMessageMatching("the export XML is not well-formed at line \\d+, column \\d+");
        assertThat(sink.samples).hasSize(1);
        assertThat(sink.documents).hasSize(1);
    }
}
