package dev.healthsync.imports.reader;

import static dev.healthsync.imports.reader.ExportFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.pipeline.DeviceStrings;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.testing.CollectingSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader shares sources and devices between records, comparing each with the last one: records switching
 * back and forth between types, units, sources and devices must each still get their own.
 */
class RecordAttributesTest {

    private static final String WATCH = "<<HKDevice: 0x283f6a0d0>, name:Apple Watch, manufacturer:Apple Inc., "
            + "model:Watch, hardware:Watch6,2, software:10.4>";
    private static final String SAME_WATCH_ELSEWHERE = WATCH.replace("0x283f6a0d0", "0x1");
    private static final String PHONE = "<<HKDevice: 0x2>, name:iPhone, manufacturer:Apple Inc., model:iPhone, "
            + "hardware:iPhone15,2, software:17.4.1>";

    @TempDir
    Path dir;

    @Test
    void recordsSwitchingBetweenTypesUnitsSourcesAndDevicesEachKeepTheirOwn() throws IOException {
        List<RawSample> samples = read("""
                <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" sourceVersion="10.4" device="%s" unit="count/min" creationDate="2024-05-01 07:31:11 +0200" startDate="2024-05-01 07:31:05 +0200" endDate="2024-05-01 07:31:05 +0200" value=" 61 "/>
                <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" sourceVersion="10.4" device="%s" unit="count/min" startDate="2024-05-01 07:32:05 +0200" endDate="2024-05-01 07:32:05 +0200" value="62.5"/>
                <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Phone" sourceVersion="17.4.1" device="%s" unit="count" startDate="2024-05-01 07:30:00 +0200" endDate="2024-05-01 07:35:00 +0200" value="120"/>
                <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="2024-05-01 01:00:00 +0200" endDate="2024-05-01 02:00:00 +0200" value="HKCategoryValueSleepAnalysisAsleepCore"/>
                <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" sourceVersion="10.4" startDate="2024-05-01 02:00:00 +0200" endDate="2024-05-01 02:30:00 +0200" value="HKCategoryValueSleepAnalysisAsleepREM"/>
                <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" sourceVersion="10.4" device="%s" unit="count/min" startDate="2024-05-01 07:33:05 +0200" endDate="2024-05-01 07:33:05 +0200" value="63"/>
                """.formatted(escaped(WATCH), escaped(SAME_WATCH_ELSEWHERE), escaped(PHONE), escaped(WATCH)));

        DeviceInfo watch = new DeviceInfo("Apple Watch", "Apple Inc.", "Watch", "Watch6,2", "10.4");
        DeviceInfo phone = new DeviceInfo("iPhone", "Apple Inc.", "iPhone", "iPhone15,2", "17.4.1");
        SourceInfo watchSource = new SourceInfo("Watch", null, "10.4");
        assertThat(samples).extracting(RawSample::type).containsExactly("HKQuantityTypeIdentifierHeartRate",
                "HKQuantityTypeIdentifierHeartRate", "HKQuantityTypeIdentifierStepCount",
                "HKCategoryTypeIdentifierSleepAnalysis", "HKCategoryTypeIdentifierSleepAnalysis",
                "HKQuantityTypeIdentifierHeartRate");
        assertThat(samples).extracting(RawSample::unit).containsExactly("count/min", "count/min", "count", null, null,
                "count/min");
        assertThat(samples).extracting(RawSample::value).containsExactly(61.0, 62.5, 120.0, null, null, 63.0);
        assertThat(samples).extracting(RawSample::textValue).containsExactly(null, null, null,
                "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisAsleepREM", null);
        assertThat(samples).extracting(RawSample::source).containsExactly(watchSource, watchSource,
                new SourceInfo("Phone", null, "17.4.1"), new SourceInfo("Watch", null, null), watchSource,
                watchSource);
        assertThat(samples).extracting(RawSample::device).containsExactly(watch, watch, phone, null, null, watch);
        assertThat(samples.get(0).start()).isEqualTo(at("2024-05-01T07:31:05+02:00"));
        assertThat(samples.get(2).end()).isEqualTo(at("2024-05-01T07:35:00+02:00"));
        assertThat(samples.get(0).metadataJson()).isEqualTo("{\"HKExportCreationDate\":\"2024-05-01 07:31:11 +0200\"}");
        assertThat(samples.get(1).metadataJson()).isNull();
    }

    @Test
    void eachRecordGetsTheDeviceItsOwnTextNamesWithOrWithoutAnAddress() throws IOException {
        String watchKey = WATCH.substring(WATCH.indexOf('>') + 1);
        String otherEndingTheSame = "<<HKDevice: 0x9>, name:Other, model:X>" + watchKey;
        String record = "<Record type=\"HKQuantityTypeIdentifierHeartRate\" device=\"%s\" unit=\"count/min\" "
                + "startDate=\"2024-05-01 07:31:05 +0200\" endDate=\"2024-05-01 07:31:05 +0200\" value=\"61\"/>\n";
        List<RawSample> samples = read(record.formatted(escaped(WATCH)) + record.formatted(escaped(otherEndingTheSame))
                + record.formatted("Apple Watch") + record.formatted("Apple Watch") + record.formatted(""));

        assertThat(samples).extracting(RawSample::device).containsExactly(DeviceStrings.parse(WATCH),
                DeviceStrings.parse(otherEndingTheSame),
                DeviceStrings.parse("Apple Watch"), DeviceStrings.parse("Apple Watch"), null);
    }

    private static String escaped(String attribute) {
        return attribute.replace("<", "&lt;").replace(">", "&gt;");
    }

    private List<RawSample> read(String records) throws IOException {
        Path xml = dir.resolve("export.xml");
        Files.writeString(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_DE\">\n"
                + records + "</HealthData>\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        new ExportReader().read(xml, sink, new ExportFixtures.RecordingListener());
        return sink.samples;
    }
}
