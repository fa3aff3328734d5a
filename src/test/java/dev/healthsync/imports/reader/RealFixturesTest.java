package dev.healthsync.imports.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.SkipGroup;
import dev.healthsync.testing.CollectingSink;
import dev.healthsync.testing.SharedFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conformance with the real exports in {@code ../shared/fixtures/export} (docs/contracts.md#conformance), when that folder exists.
 * The expected counts were taken from the files themselves with grep and Python's ElementTree, not from this
 * reader. Assertions stay on counts, types, units and shapes: these files hold real people's health values.
 */
class RealFixturesTest {

    private static final Path FOLDER = Path.of("..", "shared", "fixtures", "export");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path real;

    @TempDir
    Path dir;

    @BeforeAll
    static void findFolder() {
        real = FOLDER;
        SharedFixtures.assumePresent(real);
    }

    @Test
    void legacy2019WithInlineLocations() {
        CollectingSink sink = new CollectingSink();
        ReadSummary summary = read("legacy-2019_en-US_inline-route-locations_export.xml", sink);

        assertThat(summary.read()).containsOnly(entry("ExportDate", 1L), entry("Me", 1L), entry("Record", 2L),
                entry("MetadataEntry", 9L), entry("Workout", 1L), entry("WorkoutRoute", 1L), entry("Location", 2L),
                entry("ActivitySummary", 2L));
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.warnings()).isEmpty();
        assertThat(sink.samples).extracting(RawSample::type).containsExactly(
                "HKQuantityTypeIdentifierBodyMassIndex", "HKQuantityTypeIdentifierHeartRate");
        // 5 and 1 MetadataEntry, plus the creation date the reader adds
        assertThat(JSON.readTree(sink.samples.get(0).metadataJson()).propertyNames()).containsExactly(
                "HKExportCreationDate", "HKWasUserEntered", "Health Mate App Version", "Modified Date",
                "Withings Link", "Withings User Identifier");
        assertThat(JSON.readTree(sink.samples.get(0).metadataJson()).get("Withings Link").asString())
                .contains("&date=").doesNotContain("&amp;");
        assertThat(JSON.readTree(sink.samples.get(1).metadataJson()).size()).isEqualTo(2);
        assertThat(sink.samples.get(0).device()).isNull();
        assertThat(sink.samples.get(1).device().hardwareVersion()).isEqualTo("Watch2,4");
        assertThat(sink.samples.get(1).device().manufacturer()).isEqualTo("Apple");

        RawWorkout workout = sink.workouts.get(0);
        assertThat(workout.statistics()).extracting(RawStatistic::type, RawStatistic::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("HKQuantityTypeIdentifierDistanceWalkingRunning", "mi"),
                org.assertj.core.groups.Tuple.tuple("HKQuantityTypeIdentifierActiveEnergyBurned", "kcal"));
        assertThat(workout.route()).hasSize(2);
        assertThat(workout.route()).extracting(RawRoutePoint::course)
                .as("course=\"-1\" read as written; the pipeline makes it null").containsOnly(-1.0);
        assertThat(workout.route()).extracting(p -> p.time().offsetSeconds()).containsOnly(-7 * 3600);
        assertThat(JSON.readTree(workout.metadataJson()).get("HKWeatherTemperature").asString()).endsWith(" degF");

        assertThat(sink.aggregates).hasSize(2);
        assertThat(sink.aggregates).allSatisfy(a -> {
            assertThat(a.start().offsetSeconds()).isEqualTo(-7 * 3600); // the ExportDate's offset
            assertThat(Math.floorMod(a.start().epochMillis() / 1000 + a.start().offsetSeconds(), 86_400)).isZero();
        });
        assertThat(sink.documents).extracting(RawDocument::kind).containsExactly(DocumentKind.CHARACTERISTICS);
        assertThat(JSON.readTree(sink.documents.get(0).payloadJson()).size()).isEqualTo(4);
    }

    @Test
    void legacy2019WithFileReferenceAloneWarnsAndKeepsTheWorkout() {
        CollectingSink sink = new CollectingSink();
        ExportFixtures.RecordingListener listener = new ExportFixtures.RecordingListener();
        ReadSummary summary = new ExportReader().read(real.resolve(
                "legacy-2019_en-US_route-filereference_export.xml"), sink, listener);

        assertThat(summary.read("FileReference")).isEqualTo(1);
        assertThat(summary.read("GpxFile")).isZero();
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.warnings()).singleElement().satisfies(w -> assertThat(w.element()).isEqualTo("WorkoutRoute"));
        assertThat(sink.workouts).singleElement().satisfies(w -> assertThat(w.route()).isEmpty());
        assertThat(listener.warnings).singleElement().asString().startsWith("WorkoutRoute: route file"
                + " workout-routes/route_2019-06-11_3.00pm.gpx is not in the export; workout kept without this route"
                + " at line ");
    }

    @Test
    void legacy2019WithItsGpxZippedBesideIt() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("apple_health_export/export.xml",
                ExportFixtures.read(real.resolve("legacy-2019_en-US_route-filereference_export.xml")));
        entries.put("apple_health_export/workout-routes/route_2019-06-11_3.00pm.gpx",
                ExportFixtures.read(real.resolve("route_2019-06-11_3.00pm_en-US.gpx")));
        CollectingSink sink = new CollectingSink();

        ReadSummary summary = new ExportReader().read(ExportFixtures.zip(dir.resolve("export.zip"), entries), sink,
                ReadListener.NONE);

        assertThat(summary.read()).contains(entry("Record", 2L), entry("Workout", 1L), entry("GpxFile", 1L),
                entry("trkpt", 3L), entry("ActivitySummary", 2L));
        RawWorkout workout = sink.workouts.get(0);
        assertThat(workout.route()).hasSize(3);
        assertThat(workout.route().stream().map(p -> p.time().epochMillis()).distinct()).hasSize(2);
        assertThat(workout.route()).allSatisfy(p -> {
            assertThat(p.time().offsetSeconds()).isZero();
            assertThat(p.altitude()).isNotNull();
            assertThat(p.speed()).isNotNull();
            assertThat(p.course()).isNotNull();
            assertThat(p.horizontalAccuracy()).isNotNull();
            assertThat(p.verticalAccuracy()).isNotNull();
        });
    }

    @Test
    void ios17WithSleepStagesAndTimeZones() {
        CollectingSink sink = new CollectingSink();
        ReadSummary summary = read("ios17_en-NL_sleep-stages_hktimezone_export.xml", sink);

        assertIos17(summary, sink);
    }

    @Test
    void ios17RezippedOnAMacWithAppleDoubleTwins() {
        CollectingSink sink = new CollectingSink();
        ReadSummary summary = read("ios17_en-NL_mac-rezipped-with-__MACOSX_export.zip", sink);

        assertIos17(summary, sink);
        assertThat(summary.skipped()).extracting(SkipGroup::element, SkipGroup::reason, SkipGroup::count)
                .containsExactly(tuple("ZipEntry", "__MACOSX or AppleDouble copy", 2L));
    }

    @Test
    void theRealGpxFile() throws IOException {
        ReadStats stats = new ReadStats(new CollectingSink(), ReadListener.NONE);
        try (InputStream in = Files.newInputStream(real.resolve("route_2019-06-11_3.00pm_en-US.gpx"))) {
            assertThat(GpxReader.read(in, "route.gpx", stats)).hasSize(3);
        }
        assertThat(stats.summary(0).read()).containsOnly(entry("GpxFile", 1L), entry("trkpt", 3L));
    }

    @Test
    void theHeaderStrippedEcg() throws IOException {
        ExportFixtures.RecordingListener listener = new ExportFixtures.RecordingListener();
        ReadStats stats = new ReadStats(new CollectingSink(), listener);
        RawDocument ecg;
        try (InputStream in = Files.newInputStream(real.resolve("ecg_voltages-only_header-stripped_512hz.csv"))) {
            ecg = EcgCsvReader.read(in, "electrocardiograms/ecg.csv", stats);
        }
        JsonNode payload = JSON.readTree(ecg.payloadJson());

        assertThat(ecg.kind()).isEqualTo(DocumentKind.ECG);
        assertThat(payload.get("sampleCount").asInt()).isEqualTo(15_360);
        assertThat(payload.get("voltages")).hasSize(15_360);
        assertThat(payload.get("headerPresent").asBoolean()).isFalse();
        assertThat(payload.get("sampleRateHz").asDouble()).isEqualTo(512.0);
        assertThat(payload.get("sampleRateAssumed").asBoolean()).isTrue();
        assertThat(listener.warnings).hasSize(1);
        assertThat(stats.summary(0).skipped()).isEmpty();
    }

    private static void assertIos17(ReadSummary summary, CollectingSink sink) {
        assertThat(summary.read()).containsOnly(entry("ExportDate", 1L), entry("Me", 1L), entry("Record", 8L),
                entry("MetadataEntry", 3L));
        assertThat(summary.warnings()).isEmpty();
        assertThat(sink.rejects).isEmpty();
        assertThat(sink.samples).hasSize(8);
        assertThat(sink.samples).filteredOn(s -> s.type().equals("HKCategoryTypeIdentifierSleepAnalysis"))
                .hasSize(2).allSatisfy(s -> {
                    assertThat(s.value()).isNull();
                    assertThat(s.textValue()).startsWith("HKCategoryValueSleepAnalysis");
                    assertThat(JSON.readTree(s.metadataJson()).has("HKTimeZone")).isTrue();
                });
        assertThat(sink.samples).filteredOn(s -> s.device() == null).hasSize(3);
        assertThat(sink.samples).filteredOn(s -> s.device() != null)
                .allSatisfy(s -> assertThat(s.device().hardwareVersion()).isEqualTo("Watch6,7"));
        assertThat(sink.samples).allSatisfy(s -> assertThat(s.start().offsetSeconds()).isEqualTo(7200));
        assertThat(sink.samples.get(0).source().name()).isEqualTo("Alexandre's Apple Watch");
        assertThat(JSON.readTree(sink.documents.get(0).payloadJson()).propertyNames())
                .contains("HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse").hasSize(5);
    }

    private ReadSummary read(String name, CollectingSink sink) {
        return new ExportReader().read(real.resolve(name), sink, ReadListener.NONE);
    }
}
