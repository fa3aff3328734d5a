package dev.healthsync.imports.reader;

import static dev.healthsync.imports.reader.ExportFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.SkipGroup;
import dev.healthsync.testing.CollectingSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EcgCsvReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExportFixtures.RecordingListener listener = new ExportFixtures.RecordingListener();
    private final ReadStats stats = new ReadStats(new CollectingSink(), listener);

    @Test
    void englishExportWithQuotedDeviceAndEmptySymptoms() throws IOException {
        String csv = "Name,Sam Example\nDate of Birth,\"Feb 1, 1985\"\nRecorded Date,2021-03-04 18:22:10 -0800\n"
                + "Classification,Sinus Rhythm\nSymptoms,\nSoftware Version,1.90\nDevice,\"Watch5,4\"\n"
                + "Sample Rate,512 hertz\nLead,Lead I\nUnit,µV\n\n-40.123\n-39.8\n12\n";

        RawDocument ecg = read(csv);
        JsonNode payload = JSON.readTree(ecg.payloadJson());

        assertThat(ecg.kind()).isEqualTo(DocumentKind.ECG);
        assertThat(ecg.start()).isEqualTo(at("2021-03-04T18:22:10-08:00"));
        assertThat(ecg.end()).isEqualTo(new Moment(ecg.start().epochMillis() + 6, -8 * 3600));
        assertThat(payload.propertyNames()).containsExactly("name", "dateOfBirth", "recordedDate", "classification",
                "symptoms", "softwareVersion", "device", "sampleRate", "lead", "unit", "file", "headerPresent",
                "sampleRateHz", "sampleRateAssumed", "sampleCount", "voltages");
        assertThat(payload.get("dateOfBirth").asString()).isEqualTo("Feb 1, 1985");
        assertThat(payload.get("symptoms").asString()).isEmpty();
        assertThat(payload.get("device").asString()).isEqualTo("Watch5,4");
        assertThat(payload.get("softwareVersion").asString()).isEqualTo("1.90");
        assertThat(payload.get("voltages").toString()).isEqualTo("[-40.123,-39.8,12]");
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void unknownLabelsFallBackToShapeAndPositionAndSemicolonsToo() throws IOException {
        // Labels this reader does not list (here Japanese), semicolon separators and decimal commas.
        String csv = "名前;Ken\n生年月日;1990/01/02\n記録日;2022-07-08 09:10:11 +0900\n分類;洞調律\n症状;\n"
                + "ソフトウェアバージョン;2,0\nデバイス;\"Watch6,1\"\nサンプリングレート;512 ヘルツ\nリード;I\n単位;µV\n\n"
                + "-12,5;\n\"3,25\";\n";

        JsonNode payload = JSON.readTree(read(csv).payloadJson());

        assertThat(payload.get("name").asString()).isEqualTo("Ken");
        assertThat(payload.get("recordedDate").asString()).isEqualTo("2022-07-08 09:10:11 +0900");
        assertThat(payload.get("classification").asString()).isEqualTo("洞調律");
        assertThat(payload.get("softwareVersion").asString()).isEqualTo("2,0");
        assertThat(payload.get("sampleRate").asString()).isEqualTo("512 ヘルツ");
        assertThat(payload.get("sampleRateHz").asDouble()).isEqualTo(512.0);
        assertThat(payload.get("unit").asString()).isEqualTo("µV");
        assertThat(payload.has("otherHeaders")).isFalse();
        assertThat(payload.get("voltages").toString()).isEqualTo("[-12.5,3.25]");
    }

    @Test
    void frenchAndChineseLabelsAreKnown() throws IOException {
        String french = "Nom,Léa\nDate de naissance,02/01/1990\nDate d'enregistrement,2023-01-02 08:00:00 +0100\n"
                + "Classification,Rythme sinusal\nSymptômes,Aucun\nVersion du logiciel,2.0\nAppareil,\"Watch7,1\"\n"
                + "Fréquence d'échantillonnage,512 hertz\nDérivation,Dérivation I\nUnité,µV\n\n\"-1,5\"\n";
        String chinese = "姓名,李雷\n出生日期,1990/1/2\n记录日期,2023-01-02 08:00:00 +0800\n分类,窦性心律\n症状,\n"
                + "软件版本,2.0\n设备,\"Watch7,1\"\n采样率,512 赫兹\n导联,导联 I\n单位,µV\n\n\"-1,5\"\n";

        JsonNode fr = JSON.readTree(read(french).payloadJson());
        JsonNode zh = JSON.readTree(read(chinese).payloadJson());

        assertThat(fr.get("classification").asString()).isEqualTo("Rythme sinusal");
        assertThat(fr.get("lead").asString()).isEqualTo("Dérivation I");
        assertThat(zh.get("classification").asString()).isEqualTo("窦性心律");
        assertThat(zh.get("sampleRateHz").asDouble()).isEqualTo(512.0);
        assertThat(zh.get("voltages").toString()).isEqualTo("[-1.5]");
    }

    @Test
    void headerStrippedThirtySecondsAssume512Hz() throws IOException {
        String csv = IntStream.range(0, 15_360).mapToObj(i -> (i % 7 - 3) + ".25").collect(Collectors.joining("\n"));

        RawDocument ecg = read(csv);
        JsonNode payload = JSON.readTree(ecg.payloadJson());

        assertThat(ecg.start()).isNull();
        assertThat(ecg.end()).isNull();
        assertThat(payload.get("headerPresent").asBoolean()).isFalse();
        assertThat(payload.get("sampleRateHz").asDouble()).isEqualTo(512.0);
        assertThat(payload.get("sampleRateAssumed").asBoolean()).isTrue();
        assertThat(payload.get("sampleCount").asInt()).isEqualTo(15_360);
        assertThat(payload.get("voltages").get(0).asDouble()).isEqualTo(-3.25);
        assertThat(listener.warnings).containsExactly(
                "EcgCsv: no header rows; 512 Hz assumed from its 15360 samples (30 s) in electrocardiograms/ecg.csv");
    }

    @Test
    void headerStrippedOfAnotherLengthHasNoRate() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add("1.5");
        }

        JsonNode payload = JSON.readTree(read(String.join("\r\n", lines)).payloadJson());

        assertThat(payload.get("sampleRateHz").isNull()).isTrue();
        assertThat(payload.get("sampleRateAssumed").asBoolean()).isFalse();
        assertThat(listener.warnings).containsExactly(
                "EcgCsv: no header rows; sample rate unknown for its 1000 samples in electrocardiograms/ecg.csv");
    }

    @Test
    void aFileWithoutVoltagesIsSkipped() throws IOException {
        assertThat(read("Name,X\nUnit,µV\n")).isNull();
        assertThat(stats.summary(0).skipped()).containsExactly(
                new SkipGroup("EcgCsv", null, "no voltages", 1, "electrocardiograms/ecg.csv", 0, 0));
    }

    @Test
    void voltageShapes() {
        assertThat(EcgCsvReader.voltage("-12,345")).isEqualTo(-12.345);
        assertThat(EcgCsvReader.voltage("\"-12,345\"")).isEqualTo(-12.345);
        assertThat(EcgCsvReader.voltage("\"1.234,5\";")).isEqualTo(1234.5);
        assertThat(EcgCsvReader.voltage(" 7 ")).isEqualTo(7.0);
        assertThat(EcgCsvReader.voltage("Unit,µV")).isNaN();
        assertThat(EcgCsvReader.voltage("Symptoms,")).isNaN();
        assertThat(EcgCsvReader.rate("512,0 Hz")).isEqualTo(512.0);
        assertThat(EcgCsvReader.rate("hertz")).isNaN();
    }

    private RawDocument read(String csv) throws IOException {
        return EcgCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "electrocardiograms/ecg.csv", stats);
    }
}
