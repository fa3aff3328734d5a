package dev.healthsync.ingest.healthsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.ingest.decoder.IsoDateTimes;
import dev.healthsync.ingest.decoder.MalformedBodyException;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RawWorkoutEvent;
import dev.healthsync.testing.HealthSyncBatchGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class HealthSyncDecoderTest {

    private static final String WATCH_BUNDLE = "com.apple.health.5B2C9D1E-8F3A-4B7C-A2D6-1E0F9C8B7A65";
    private static final SourceInfo WATCH = new SourceInfo("Ana’s Apple Watch", WATCH_BUNDLE, "11.2");
    private static final DeviceInfo WATCH_DEVICE = new DeviceInfo("Apple Watch", "Apple Inc.", "Watch", "Watch7,3", "11.2");
    private static final int CET = 3600;

    /** Every reason the decoder may give for a record: what was expected, never what was found. */
    private static final Set<String> RECORD_REASONS = Set.of("missing", "expected an object", "expected a string",
            "expected a number", "expected a finite number", "expected a number or a string", "expected an array",
            "not an ISO-8601 date-time with offset");

    private final HealthSyncDecoder decoder = new HealthSyncDecoder();

    @Test
    void realisticBatchDecodesEnvelopeAndEverySample() {
        Collected got = decodeFixture("batch-realistic.json");

        assertThat(got.batchId).isEqualTo("7f0c2a9e-4b1d-4c55-9a51-2f4e8d7c1b30");
        assertThat(got.deviceId).isEqualTo("5C8A1E0B-3F7D-4E2A-9B61-0D4C7E2F9A13");
        assertThat(got.device).isEqualTo(new BridgeDevice("Ana’s iPhone", "iPhone16,1", "18.2", "1.3.0"));
        assertThat(got.rejects).isEmpty();
        assertThat(got.samples).hasSize(6);

        assertThat(got.samples.get(0)).isEqualTo(new RawSample("samples[0]", "9E1D4C2A-7B3F-4A61-8C5D-2E9F0A1B3C4D",
                "HKQuantityTypeIdentifierHeartRate", 64.0, null, "count/min",
                new Moment(1741069865000L, CET), new Moment(1741069865000L, CET), WATCH, WATCH_DEVICE,
                "{\"HKMetadataKeyHeartRateMotionContext\":1}"));

        RawSample steps = got.samples.get(1);
        assertThat(steps.type()).isEqualTo("HKQuantityTypeIdentifierStepCount");
        assertThat(steps.value()).isEqualTo(412.0);
        assertThat(steps.unit()).isEqualTo("count");
        assertThat(steps.start()).isEqualTo(new Moment(1741068000123L, CET));
        assertThat(steps.end()).isEqualTo(new Moment(1741068600456L, CET));
        assertThat(steps.source().name()).isEqualTo("Ana‘s iPhone");
        assertThat(steps.source().normalizedName()).isEqualTo("ana's iphone");
        assertThat(steps.source().bundleId()).isEqualTo("com.apple.health.0A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D");
        assertThat(steps.device()).isEqualTo(new DeviceInfo("iPhone", "Apple Inc.", "iPhone", "iPhone16,1", "18.2"));
        assertThat(steps.metadataJson()).isNull();

        RawSample energy = got.samples.get(2);
        assertThat(energy.value()).isEqualTo(12.75);
        assertThat(energy.unit()).isEqualTo("kcal");
        assertThat(energy.start()).isEqualTo(new Moment(1741068600000L, 0));
        assertThat(energy.end()).as("microseconds truncated to millis").isEqualTo(new Moment(1741069200123L, 0));
        assertThat(energy.source()).isEqualTo(WATCH);
        assertThat(energy.device()).isNull();

        RawSample sleepByName = got.samples.get(3);
        assertThat(sleepByName.type()).isEqualTo("HKCategoryTypeIdentifierSleepAnalysis");
        assertThat(sleepByName.value()).isNull();
        assertThat(sleepByName.textValue()).isEqualTo("HKCategoryValueSleepAnalysisAsleepCore");
        assertThat(sleepByName.unit()).isNull();
        assertThat(sleepByName.start()).isEqualTo(new Moment(1741041730000L, CET));
        assertThat(sleepByName.end()).isEqualTo(new Moment(1741047160000L, CET));
        assertThat(sleepByName.metadataJson()).isEqualTo("{\"HKTimeZone\":\"Europe/Berlin\"}");

        RawSample sleepByCode = got.samples.get(4);
        assertThat(sleepByCode.value()).isEqualTo(4.0);
        assertThat(sleepByCode.textValue()).isNull();
        assertThat(sleepByCode.unit()).isNull();
        assertThat(sleepByCode.start()).isEqualTo(new Moment(1741068760000L, -5 * 3600));
        assertThat(sleepByCode.end()).isEqualTo(new Moment(1741070400000L, -5 * 3600));
        assertThat(sleepByCode.source()).isEqualTo(new SourceInfo("AutoSleep", "com.tantsissa.AutoSleep", null));

        RawSample bodyMass = got.samples.get(5);
        assertThat(bodyMass.value()).as("a numeric string is left to the normalizer").isNull();
        assertThat(bodyMass.textValue()).isEqualTo("72.4");
        assertThat(bodyMass.start()).isEqualTo(new Moment(1741055520000L, 19800));
        assertThat(bodyMass.end()).as("endDate missing: equals startDate").isEqualTo(bodyMass.start());
        assertThat(bodyMass.source()).isSameAs(SourceInfo.UNKNOWN);
        assertThat(bodyMass.device()).isNull();
        assertThat(bodyMass.metadataJson()).as("empty metadata object").isNull();
    }

    @Test
    void realisticBatchDecodesWorkoutWithStatisticsEventsAndRoute() {
        Collected got = decodeFixture("batch-realistic.json");

        assertThat(got.workouts).hasSize(1);
        RawWorkout run = got.workouts.get(0);
        assertThat(run.path()).isEqualTo("workouts[0]");
        assertThat(run.uuid()).isEqualTo("A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D");
        assertThat(run.activityType()).isEqualTo("HKWorkoutActivityTypeRunning");
        assertThat(run.start()).isEqualTo(new Moment(1741107600000L, CET));
        assertThat(run.end()).isEqualTo(new Moment(1741109404200L, CET));
        assertThat(run.durationSeconds()).isEqualTo(1804.2);
        assertThat(run.statistics()).containsExactly(
                new RawStatistic("HKQuantityTypeIdentifierDistanceWalkingRunning", 5012.4, null, null, null, "m"),
                new RawStatistic("HKQuantityTypeIdentifierHeartRate", null, 98.0, 141.0, 171.0, "count/min"),
                new RawStatistic("HKQuantityTypeIdentifierActiveEnergyBurned", 402.5, null, null, null, "kcal"));
        assertThat(run.events()).containsExactly(
                new RawWorkoutEvent("HKWorkoutEventTypePause", new Moment(1741108320000L, CET), null, null),
                new RawWorkoutEvent("HKWorkoutEventTypeResume", new Moment(1741108410000L, CET), null, null),
                new RawWorkoutEvent("HKWorkoutEventTypeSegment", new Moment(1741107600000L, CET), 300.5,
                        "{\"HKMetadataKeyWorkoutSegmentIndex\":1}"));
        assertThat(run.route()).containsExactly(
                new RawRoutePoint("workouts[0].route[0]", new Moment(1741107601000L, CET), 48.1371, 11.5754, 519.2, 2.8, 181.0, 4.1, 3.0),
                new RawRoutePoint("workouts[0].route[1]", new Moment(1741107602000L, CET), 48.13685, 11.57541, 519.4, 2.9, 180.5, 4.0, 3.1),
                new RawRoutePoint("workouts[0].route[2]", new Moment(1741107603500L, CET), 48.1366, 11.57543, null, null, null, null, null));
        assertThat(run.source()).isEqualTo(WATCH);
        assertThat(run.device()).isEqualTo(WATCH_DEVICE);
        assertThat(run.metadataJson()).isEqualTo("{\"HKIndoorWorkout\":0,\"HKElevationAscended\":{\"unit\":\"cm\",\"value\":4210}}");
    }

    @Test
    void realisticBatchDeliversDeletionsAnchorsAndIgnoredFieldsInDocumentOrder() {
        Collected got = decodeFixture("batch-realistic.json");

        assertThat(got.deleted).containsExactly(
                new Deletion("deleted[0]", "11111111-2222-4333-8444-555555555555", "HKQuantityTypeIdentifierStepCount"),
                new Deletion("deleted[1]", "66666666-7777-4888-9999-AAAAAAAAAAAA", null));
        assertThat(got.anchors).containsExactly(
                Map.entry("HKQuantityTypeIdentifierStepCount", "YnBsaXN0MDDUAQIDBAUGBwpYJHZlcnNpb24="),
                Map.entry("HKWorkoutTypeIdentifier", "anchor-2"));
        assertThat(got.ignored).containsExactly("samples[2].wasUserEntered", "samples[2].source.productType",
                "clinicalRecords", "workouts[0].route[1].floor");
        assertThat(got.calls).containsExactly(
                "batchId", "deviceId", "device",
                "sample samples[0]", "sample samples[1]",
                "ignored samples[2].wasUserEntered", "ignored samples[2].source.productType", "sample samples[2]",
                "sample samples[3]", "sample samples[4]", "sample samples[5]",
                "ignored clinicalRecords",
                "ignored workouts[0].route[1].floor", "workout workouts[0]",
                "deleted deleted[0]", "deleted deleted[1]",
                "anchor HKQuantityTypeIdentifierStepCount", "anchor HKWorkoutTypeIdentifier");
    }

    @Test
    void brokenRecordsAreRejectedByPathAndEveryOtherRecordSurvives() {
        Collected got = decodeFixture("batch-broken-records.json");

        assertThat(got.rejects).containsExactly(
                Map.entry("samples[1].startDate", "not an ISO-8601 date-time with offset"),
                Map.entry("samples[3].value", "expected a number or a string"),
                Map.entry("samples[4].type", "missing"),
                Map.entry("samples[6]", "expected an object"),
                Map.entry("samples[7]", "expected an object"),
                Map.entry("samples[8].startDate", "not an ISO-8601 date-time with offset"),
                Map.entry("samples[9].source.name", "expected a string"),
                Map.entry("samples[10].value", "expected a number or a string"),
                Map.entry("samples[11].endDate", "not an ISO-8601 date-time with offset"),
                Map.entry("samples[12]", "expected an object"),
                Map.entry("workouts[1].events[0].date", "not an ISO-8601 date-time with offset"),
                Map.entry("workouts[2].route[1].latitude", "missing"),
                Map.entry("workouts[3].route[0].longitude", "expected a number"),
                Map.entry("workouts[4].activityType", "missing"),
                Map.entry("workouts[5].endDate", "missing"),
                Map.entry("workouts[6].statistics.HKQuantityTypeIdentifierHeartRate", "expected an object"),
                Map.entry("deleted[1].uuid", "missing"),
                Map.entry("deleted[2]", "expected an object"));
        assertThat(got.samples).extracting(RawSample::uuid).containsExactly("S0", "S2", "S5", "S13");
        assertThat(got.samples).extracting(RawSample::path)
                .containsExactly("samples[0]", "samples[2]", "samples[5]", "samples[13]");
        assertThat(got.samples.get(1).value()).isEqualTo(71.0);
        assertThat(got.samples.get(1).end()).isEqualTo(new Moment(1741071720000L, CET));
        assertThat(got.samples.get(3).value()).isEqualTo(77.0);
        assertThat(got.workouts).extracting(RawWorkout::uuid).containsExactly("W0", "W7");
        assertThat(got.workouts.get(1).statistics()).containsExactly(
                new RawStatistic("HKQuantityTypeIdentifierSwimmingStrokeCount", 640.0, null, null, null, "count"));
        assertThat(got.deleted).containsExactly(new Deletion("deleted[0]", "D0", "HKQuantityTypeIdentifierStepCount"),
                new Deletion("deleted[3]", "D3", null));
        assertThat(got.ignored).isEmpty();
        assertThat(got.calls).containsSubsequence("sample samples[0]", "reject samples[1].startDate",
                "sample samples[2]", "reject samples[3].value", "reject samples[4].type", "sample samples[5]");
    }

    @Test
    void rejectReasonsNeverCarryTheOffendingValue() {
        Collected got = decodeFixture("batch-broken-records.json");

        assertThat(got.rejects.values()).allSatisfy(reason -> assertThat(RECORD_REASONS).contains(reason));
    }

    @Test
    void brokenSamplesInTheMiddleOfALongArrayStillYieldEveryOtherSample() {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            elements.add(sampleJson("good-" + i, "\"2025-03-04T08:%02d:00+01:00\"".formatted(i)));
        }
        elements.add(20, "{\"uuid\":\"bad-date\",\"type\":\"HKQuantityTypeIdentifierHeartRate\",\"value\":70,"
                + "\"startDate\":\"04.03.2025 08:20\",\"metadata\":{\"a\":[1,{\"b\":2}]},\"unit\":\"count/min\"}");
        elements.add(31, "{\"uuid\":\"structure\",\"type\":\"HKQuantityTypeIdentifierHeartRate\","
                + "\"value\":[{\"v\":70},[71,[72]]],\"startDate\":\"2025-03-04T08:30:00+01:00\",\"device\":{\"name\":\"x\"}}");
        elements.add(42, "{\"uuid\":\"no-type\",\"value\":70,\"startDate\":\"2025-03-04T08:40:00+01:00\","
                + "\"source\":{\"name\":\"Ana’s Apple Watch\",\"extra\":{\"deep\":[{}]}}}");

        Collected got = decode("{\"samples\":[" + String.join(",", elements) + "]}");

        assertThat(got.samples).extracting(RawSample::uuid)
                .containsExactlyElementsOf(IntStream.range(0, 60).mapToObj(i -> "good-" + i).toList());
        assertThat(got.samples.get(59).start()).isEqualTo(new Moment(1741075140000L, CET));
        assertThat(got.rejects).containsExactly(
                Map.entry("samples[20].startDate", "not an ISO-8601 date-time with offset"),
                Map.entry("samples[31].value", "expected a number or a string"),
                Map.entry("samples[42].type", "missing"));
        assertThat(got.ignored).containsExactly("samples[42].source.extra");
    }

    @Test
    void sampleValueKeepsNumericStringsAsText() {
        Collected got = decode("{\"samples\":[" + sampleJson("u1", "\"2025-03-04T07:31:05Z\"").replace("64", "\"64\"") + "]}");

        assertThat(got.samples.get(0).value()).isNull();
        assertThat(got.samples.get(0).textValue()).isEqualTo("64");
    }

    @Test
    void sampleWithoutStartDateIsRejectedAsMissing() {
        Collected got = decode("{\"samples\":[{\"type\":\"HKQuantityTypeIdentifierHeartRate\",\"value\":1},"
                + "{\"type\":\"HKQuantityTypeIdentifierHeartRate\",\"value\":1,\"startDate\":null}]}");

        assertThat(got.rejects).containsExactly(Map.entry("samples[0].startDate", "missing"),
                Map.entry("samples[1].startDate", "missing"));
    }

    @Test
    void nullIsReadAsAbsentEverywhere() {
        Collected got = decode("{\"batchId\":null,\"deviceId\":null,\"device\":null,\"samples\":null,\"workouts\":null,"
                + "\"deleted\":null,\"anchors\":{\"HKQuantityTypeIdentifierStepCount\":null}}");

        assertThat(got.calls).isEmpty();
    }

    @Test
    void unusualKeysAreNamedInBracketNotation() {
        Collected got = decode("{\"weird key\":{\"a\":1},\"samples\":[{\"type\":\"T\",\"startDate\":\"2025-03-04T07:31:05Z\","
                + "\"x.y\":1}]}");

        assertThat(got.ignored).containsExactly("[\"weird key\"]", "samples[0][\"x.y\"]");
        assertThat(got.samples).hasSize(1);
    }

    @Test
    void batchIdIsDeliveredBeforeTheRestIsReadAndAHandlerMayStopDecoding() {
        Collected got = new Collected() {
            @Override
            public void batchId(String batchId) {
                super.batchId(batchId);
                throw new IllegalStateException("replay");
            }
        };

        assertThatThrownBy(() -> decoder.decode(fixture("batch-realistic.json"), got))
                .isInstanceOf(IllegalStateException.class).hasMessage("replay");
        assertThat(got.calls).containsExactly("batchId");
    }

    @Test
    void theBodyStreamIsNotClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream body = new FilterInputStream(fixture("batch-realistic.json")) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };

        decoder.decode(body, new Collected());

        assertThat(closed).isFalse();
    }

    @Test
    void readFailuresOfTheStreamAreNotReportedAsMalformedBodies() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> decoder.decode(failing, new Collected())).isInstanceOf(UncheckedIOException.class);
    }

    @Nested
    class MalformedBodies {

        @ParameterizedTest
        @ValueSource(strings = {"[]", "[{\"batchId\":\"x\"}]", "\"batch\"", "42", "null", "", "   "})
        void topLevelMustBeAnObject(String body) {
            MalformedBodyException e = malformed(body);

            assertThat(e.path()).isEmpty();
            assertThat(e.getMessage()).isEqualTo("expected a JSON object at the top level");
            assertThat(e.status()).isEqualTo(400);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                {"samples": {}}                       | samples           | expected an array
                {"samples": 3}                        | samples           | expected an array
                {"workouts": "many"}                  | workouts          | expected an array
                {"deleted": {"uuid": "x"}}            | deleted           | expected an array
                {"anchors": []}                       | anchors           | expected an object
                {"device": "iPhone"}                   | device            | expected an object
                {"device": {"name": 7}}               | device.name       | expected a string
                {"batchId": 7}                        | batchId           | expected a string
                {"deviceId": {}}                      | deviceId          | expected a string
                {"anchors": {"HKWorkoutType": 12}}    | anchors.HKWorkoutType | expected a string
                """)
        void knownSectionsOfTheWrongTypeAreMalformed(String body, String path, String reason) {
            MalformedBodyException e = malformed(body);

            assertThat(e.path()).isEqualTo(path);
            assertThat(e.getMessage()).isEqualTo(path + ": " + reason);
        }

        @Test
        void garbageIsNotValidJsonAndTheReasonOmitsTheToken() {
            MalformedBodyException e = malformed("heartrate=64");

            assertThat(e.path()).isEmpty();
            assertThat(e.getMessage()).startsWith("not valid JSON: Unrecognized token")
                    .doesNotContain("heartrate").doesNotContain("64").doesNotContain("Source");
        }

        @Test
        void garbageInsideARecordNamesWhereItBroke() {
            MalformedBodyException e = malformed("{\"samples\":[{\"uuid\":\"a\",\"value\": 64abc}]}");

            assertThat(e.path()).isEqualTo("samples[0].value");
            assertThat(e.getMessage()).startsWith("samples[0].value: not valid JSON: ");
        }

        @Test
        void truncatedBodyNamesWhereItBroke() {
            MalformedBodyException e = malformed("{\"batchId\":\"b\",\"samples\":[{\"uuid\":\"a\",\"type\":\"t\","
                    + "\"startDate\":\"2025-03-04T07:31:05Z\"},{\"uuid\":");

            assertThat(e.path()).isEqualTo("samples[1].uuid");
            assertThat(e.getMessage()).isEqualTo("samples[1].uuid: not valid JSON: Unexpected end-of-input within/between Object entries");
        }

        @Test
        void truncatedArrayReasonHasNoSourceExcerpt() {
            MalformedBodyException e = malformed("{\"samples\":[");

            assertThat(e.path()).startsWith("samples");
            assertThat(e.getMessage()).contains("not valid JSON: Unexpected end-of-input")
                    .doesNotContain("[Source").doesNotContain("REDACTED").doesNotContain("start marker");
        }

        @Test
        void everyTruncationOfARealisticBatchIsMalformed() throws IOException {
            byte[] full = fixture("batch-realistic.json").readAllBytes();
            String whole = new String(full, StandardCharsets.UTF_8);
            int end = whole.lastIndexOf('}');
            for (int cut = 1; cut < end; cut += 7) {
                byte[] part = java.util.Arrays.copyOf(full, cut);
                assertThatThrownBy(() -> decoder.decode(new ByteArrayInputStream(part), new Collected()))
                        .as("cut at %d", cut).isInstanceOf(MalformedBodyException.class);
            }
        }

        @Test
        void contentAfterTheTopLevelObjectIsMalformed() {
            assertThat(malformed("{\"batchId\":\"a\"} {\"batchId\":\"b\"}").getMessage())
                    .isEqualTo("not valid JSON: content after the top-level object");
            assertThat(malformed("{} x").path()).isEmpty();
        }

        private MalformedBodyException malformed(String body) {
            return catchThrowableOfType(MalformedBodyException.class, () -> decode(body));
        }
    }

    /** The published JSON Schema names exactly the fields the decoder reads, and requires exactly what it rejects. */
    @Nested
    class PublishedSchema {

        private static final String DATE = "2025-03-04T07:31:05+01:00";

        private final JsonMapper mapper = JsonMapper.shared();
        private final JsonNode schema = mapper.readTree(
                HealthSyncDecoderTest.class.getResourceAsStream("/static/schemas/healthsync-batch.schema.json"));

        @ParameterizedTest
        @ValueSource(strings = {"root", "bridgeDevice", "sample", "source", "device", "workout", "statistic",
            "workoutEvent", "routePoint", "deletion"})
        void everyPropertyInTheSchemaIsReadAndNullMeansAbsent(String kind) {
            JsonNode definition = definition(kind);
            Set<String> required = required(definition);
            List<String> optional = definition.get("properties").propertyNames().stream()
                    .filter(name -> !required.contains(name)).toList();

            Collected got = decodeWith(kind, record -> optional.forEach(record::putNull));

            assertThat(optional).isNotEmpty();
            assertThat(got.ignored).isEmpty();
            assertThat(got.rejects).isEmpty();
            assertThat(got.samples.size() + got.workouts.size() + got.deleted.size())
                    .isEqualTo(kind.equals("root") || kind.equals("bridgeDevice") ? 0 : 1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"root", "bridgeDevice", "sample", "source", "device", "workout", "statistic",
            "workoutEvent", "routePoint", "deletion"})
        void aPropertyNotInTheSchemaIsIgnored(String kind) {
            assertThat(definition(kind).get("properties").has("notInTheSchema")).isFalse();

            Collected got = decodeWith(kind, record -> record.put("notInTheSchema", 1));

            assertThat(got.ignored).singleElement().asString().endsWith("notInTheSchema");
            assertThat(got.rejects).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"sample", "workout", "workoutEvent", "routePoint", "deletion"})
        void everyRequiredPropertyIsRejectedAsMissing(String kind) {
            Set<String> required = required(definition(kind));
            assertThat(required).isNotEmpty();

            for (String name : required) {
                Collected got = decodeWith(kind, record -> record.remove(name));

                assertThat(got.rejects.entrySet()).as(name).singleElement().satisfies(reject -> {
                    assertThat(reject.getKey()).endsWith("." + name);
                    assertThat(reject.getValue()).isEqualTo("missing");
                });
            }
        }

        @Test
        void definesTheReceipt() {
            JsonNode receipt = schema.at("/$defs/receipt");

            assertThat(required(receipt)).containsExactlyInAnyOrder("ok", "batchId", "inserted", "duplicates",
                    "deleted", "rejected");
            assertThat(required(receipt.at("/properties/inserted")))
                    .containsExactlyInAnyOrder("samples", "workouts", "routePoints");
            assertThat(required(receipt.at("/properties/rejected/items"))).containsExactlyInAnyOrder("path", "reason");
        }

        private JsonNode definition(String kind) {
            return switch (kind) {
                case "root" -> schema;
                case "bridgeDevice" -> schema.at("/properties/device");
                default -> schema.at("/$defs/" + kind);
            };
        }

        private Set<String> required(JsonNode definition) {
            return definition.has("required")
                    ? definition.get("required").values().stream().map(JsonNode::asString).collect(Collectors.toSet())
                    : Set.of();
        }

        /** A batch holding one valid record of the kind, edited by {@code edit}, decoded. */
        private Collected decodeWith(String kind, Consumer<ObjectNode> edit) {
            ObjectNode batch = mapper.createObjectNode();
            ObjectNode record = switch (kind) {
                case "root" -> batch;
                case "bridgeDevice" -> batch.putObject("device");
                case "deletion" -> batch.putArray("deleted").addObject().put("uuid", "u");
                case "sample", "source", "device" -> {
                    ObjectNode sample = batch.putArray("samples").addObject().put("type", "T").put("startDate", DATE);
                    yield kind.equals("sample") ? sample : sample.putObject(kind);
                }
                default -> {
                    ObjectNode workout = batch.putArray("workouts").addObject().put("activityType", "A")
                            .put("startDate", DATE).put("endDate", DATE);
                    yield switch (kind) {
                        case "workout" -> workout;
                        case "statistic" -> workout.putObject("statistics").putObject("T");
                        case "workoutEvent" -> workout.putArray("events").addObject().put("type", "E").put("date", DATE);
                        case "routePoint" -> workout.putArray("route").addObject().put("timestamp", DATE)
                                .put("latitude", 48.1).put("longitude", 11.5);
                        default -> throw new IllegalArgumentException(kind);
                    };
                }
            };
            edit.accept(record);
            return decode(mapper.writeValueAsString(batch));
        }
    }

    @Nested
    class IsoDateTimesParsing {

        @ParameterizedTest
        @CsvSource(textBlock = """
                2025-03-04T07:31:05+01:00,        1741069865000, 3600
                2025-03-04T07:31:05.123+01:00,    1741069865123, 3600
                2025-03-04T07:31:05.1+01:00,      1741069865100, 3600
                2025-03-04T07:31:05Z,             1741073465000, 0
                2025-03-04T07:31:05.123456Z,      1741073465123, 0
                2025-03-04T07:31:05.999999999Z,   1741073465999, 0
                2025-03-04t07:31:05z,             1741073465000, 0
                2025-03-04T07:31:05-09:30,        1741107665000, -34200
                2025-03-04T07:31+01:00,           1741069860000, 3600
                2024-02-29T23:59:59+14:00,        1709200799000, 50400
                1969-12-31T23:59:59.999Z,         -1,            0
                """)
        void readsTheInstantAndTheOffset(String text, long epochMillis, int offsetSeconds) {
            assertThat(IsoDateTimes.parseWithOffset(text)).isEqualTo(new Moment(epochMillis, offsetSeconds));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-03-04T07:31:05", "2025-03-04T07:31:05.123", "2025-03-04", "2025-03-04 07:31:05+01:00",
            "2025-02-29T07:31:05Z", "2025-13-04T07:31:05Z", "2025-03-04T24:00:00Z", "2025-03-04T07:31:05+19:00",
            "2025-03-04T07:31:05+0100", "2025-03-04T07:31:05.1234567890Z",
            "2025-03-04T07:31:05Z ", "1741069865", "yesterday", ""})
        void returnsNullWithoutOffsetOrWhenUnparsable(String text) {
            assertThat(IsoDateTimes.parseWithOffset(text)).isNull();
        }

        @Test
        void agreesWithTheJdkOnRandomDateTimes() {
            Random random = new Random(7);
            for (int i = 0; i < 20_000; i++) {
                OffsetDateTime time = OffsetDateTime.of(1900 + random.nextInt(200), 1 + random.nextInt(12),
                        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                        random.nextInt(1_000_000_000), ZoneOffset.ofTotalSeconds((random.nextInt(57) - 24) * 900));
                String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
                Moment expected = Moment.of(OffsetDateTime.parse(text));
                assertThat(IsoDateTimes.parseWithOffset(text)).as(text).isEqualTo(expected);
            }
        }
    }

    @Nested
    class Generator {

        @Test
        void producesABatchTheDecoderReadsBackWithExactCounts() {
            List<String> toDelete = List.of(HealthSyncBatchGenerator.sampleUuid("old", 3),
                    HealthSyncBatchGenerator.sampleUuid("old", 4));
            byte[] batch = generate(new HealthSyncBatchGenerator().samples(10_000).workouts(3).routePointsPerWorkout(50)
                    .batchId("gen-batch").deviceId("gen-device").deleted(toDelete));

            Collected got = decode(new String(batch, StandardCharsets.UTF_8));

            assertThat(got.rejects).isEmpty();
            assertThat(got.batchId).isEqualTo("gen-batch");
            assertThat(got.deviceId).isEqualTo("gen-device");
            assertThat(got.samples).hasSize(10_000);
            assertThat(got.samples).extracting(RawSample::start).doesNotHaveDuplicates();
            assertThat(got.samples).extracting(RawSample::uuid).doesNotHaveDuplicates();
            assertThat(got.samples.stream().collect(Collectors.groupingBy(RawSample::type, Collectors.counting())))
                    .containsOnly(Map.entry("HKQuantityTypeIdentifierStepCount", 2000L),
                            Map.entry("HKQuantityTypeIdentifierHeartRate", 2000L),
                            Map.entry("HKQuantityTypeIdentifierActiveEnergyBurned", 2000L),
                            Map.entry("HKQuantityTypeIdentifierDistanceWalkingRunning", 2000L),
                            Map.entry("HKCategoryTypeIdentifierSleepAnalysis", 2000L));
            assertThat(got.samples).allSatisfy(s -> assertThat(s.start().offsetSeconds()).isEqualTo(CET));
            assertThat(got.samples.get(1).unit()).isEqualTo("count/min");
            assertThat(got.samples.get(1).value()).isBetween(40.0, 200.0);
            assertThat(got.samples.get(4).textValue()).startsWith("HKCategoryValueSleepAnalysis");
            assertThat(got.samples.get(7).uuid()).isEqualTo(HealthSyncBatchGenerator.sampleUuid("gen", 7));
            assertThat(UUID.fromString(got.samples.get(7).uuid())).isNotNull();
            assertThat(got.workouts).hasSize(3).allSatisfy(w -> {
                assertThat(w.route()).hasSize(50);
                assertThat(w.statistics()).hasSize(2);
                assertThat(w.events()).hasSize(2);
            });
            assertThat(got.deleted).extracting(Deletion::uuid).containsExactlyElementsOf(toDelete);
        }

        @Test
        void isDeterministicAndSeparatesContentFromUuids() {
            byte[] first = generate(new HealthSyncBatchGenerator().samples(500).workouts(1).routePointsPerWorkout(20));
            byte[] again = generate(new HealthSyncBatchGenerator().samples(500).workouts(1).routePointsPerWorkout(20));
            byte[] renamed = generate(new HealthSyncBatchGenerator().samples(500).workouts(1).routePointsPerWorkout(20)
                    .uuidPrefix("other"));
            byte[] reseeded = generate(new HealthSyncBatchGenerator().samples(500).workouts(1).routePointsPerWorkout(20)
                    .seed(99));

            assertThat(again).isEqualTo(first);
            List<RawSample> original = decode(new String(first, StandardCharsets.UTF_8)).samples;
            List<RawSample> sameContent = decode(new String(renamed, StandardCharsets.UTF_8)).samples;
            List<RawSample> sameUuids = decode(new String(reseeded, StandardCharsets.UTF_8)).samples;
            assertThat(withoutUuid(sameContent)).isEqualTo(withoutUuid(original));
            assertThat(sameContent).extracting(RawSample::uuid).doesNotContainAnyElementsOf(
                    original.stream().map(RawSample::uuid).toList());
            assertThat(sameUuids).extracting(RawSample::uuid)
                    .containsExactlyElementsOf(original.stream().map(RawSample::uuid).toList());
            assertThat(withoutUuid(sameUuids)).isNotEqualTo(withoutUuid(original));
        }

        @Test
        void sizeGrowsLinearlyWithTheSampleCount() {
            int tenThousand = generate(new HealthSyncBatchGenerator().samples(10_000)).length;
            int twentyThousand = generate(new HealthSyncBatchGenerator().samples(20_000)).length;

            assertThat((double) twentyThousand / tenThousand).isBetween(1.95, 2.05);
        }

        @Test
        void decoderStreamsABatchWhileItIsStillBeingWritten() throws Exception {
            PipedInputStream in = new PipedInputStream(64 * 1024);
            PipedOutputStream out = new PipedOutputStream(in);
            AtomicBoolean writerDone = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                try (out) {
                    new HealthSyncBatchGenerator().samples(100_000).writeTo(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    writerDone.set(true);
                }
            });
            AtomicInteger count = new AtomicInteger();
            AtomicBoolean firstBeforeWriterDone = new AtomicBoolean();
            Collected counting = new Collected() {
                @Override
                public void sample(RawSample sample) {
                    if (count.getAndIncrement() == 0) {
                        firstBeforeWriterDone.set(!writerDone.get());
                    }
                }
            };

            writer.start();
            decoder.decode(in, counting);
            writer.join();

            assertThat(count).hasValue(100_000);
            assertThat(firstBeforeWriterDone).isTrue();
        }

        private List<RawSample> withoutUuid(List<RawSample> samples) {
            return samples.stream().map(s -> new RawSample(s.path(), null, s.type(), s.value(), s.textValue(), s.unit(),
                    s.start(), s.end(), s.source(), s.device(), s.metadataJson())).toList();
        }

        private byte[] generate(HealthSyncBatchGenerator generator) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            generator.writeTo(out);
            return out.toByteArray();
        }
    }

    private static String sampleJson(String uuid, String startDate) {
        return "{\"uuid\":\"" + uuid + "\",\"type\":\"HKQuantityTypeIdentifierHeartRate\",\"value\":64,"
                + "\"unit\":\"count/min\",\"startDate\":" + startDate + "}";
    }

    private Collected decodeFixture(String name) {
        Collected got = new Collected();
        decoder.decode(fixture(name), got);
        return got;
    }

    private Collected decode(String json) {
        Collected got = new Collected();
        decoder.decode(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), got);
        return got;
    }

    private static InputStream fixture(String name) {
        InputStream in = HealthSyncDecoderTest.class.getResourceAsStream("/fixtures/healthsync/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    record Deletion(String path, String uuid, String type) {
    }

    /** Keeps everything it is handed, and the order of the calls. */
    static class Collected implements HealthSyncHandler {

        final List<String> calls = new ArrayList<>();
        final List<RawSample> samples = new ArrayList<>();
        final List<RawWorkout> workouts = new ArrayList<>();
        final List<Deletion> deleted = new ArrayList<>();
        final Map<String, String> anchors = new LinkedHashMap<>();
        final Map<String, String> rejects = new LinkedHashMap<>();
        final List<String> ignored = new ArrayList<>();
        String batchId;
        String deviceId;
        BridgeDevice device;

        @Override
        public void batchId(String batchId) {
            calls.add("batchId");
            this.batchId = batchId;
        }

        @Override
        public void deviceId(String deviceId) {
            calls.add("deviceId");
            this.deviceId = deviceId;
        }

        @Override
        public void device(BridgeDevice device) {
            calls.add("device");
            this.device = device;
        }

        @Override
        public void sample(RawSample sample) {
            calls.add("sample " + sample.path());
            samples.add(sample);
        }

        @Override
        public void workout(RawWorkout workout) {
            calls.add("workout " + workout.path());
            workouts.add(workout);
        }

        @Override
        public void route(String path, String workoutUuid, List<dev.healthsync.pipeline.RawRoutePoint> points) {
            throw new AssertionError("the bridge contract sends routes inside workouts");
        }

        @Override
        public void aggregate(dev.healthsync.pipeline.RawAggregate aggregate) {
            throw new AssertionError("the bridge contract has no aggregates");
        }

        @Override
        public void document(dev.healthsync.pipeline.RawDocument document) {
            throw new AssertionError("the bridge contract has no documents");
        }

        @Override
        public void reject(String path, String reason) {
            calls.add("reject " + path);
            assertThat(rejects.put(path, reason)).as("one reject per path").isNull();
        }

        @Override
        public void deleted(String path, String uuid, String type) {
            calls.add("deleted " + path);
            deleted.add(new Deletion(path, uuid, type));
        }

        @Override
        public void anchor(String type, String anchor) {
            calls.add("anchor " + type);
            anchors.put(type, anchor);
        }

        @Override
        public void ignored(String path) {
            calls.add("ignored " + path);
            ignored.add(path);
        }
    }
}
