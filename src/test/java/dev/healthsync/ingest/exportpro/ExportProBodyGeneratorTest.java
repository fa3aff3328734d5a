package dev.healthsync.ingest.exportpro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.testing.CollectingSink;
import dev.healthsync.testing.ExportProBodyGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The generated bodies the benchmark and API tests use: exact counts when decoded, deterministic, realistic size. */
class ExportProBodyGeneratorTest {

    private final HealthExportProDecoder decoder = new HealthExportProDecoder();

    @Test
    void decoderReadsAGeneratedBodyWithTheExactCounts() {
        ExportProBodyGenerator generator = new ExportProBodyGenerator()
                .samples(2_003).workouts(3).routePointsPerWorkout(120).medications(4).uuidPrefix("count");
        CollectingSink sink = new CollectingSink();
        ExportProEnvelope[] envelope = new ExportProEnvelope[1];

        decoder.decode(new ByteArrayInputStream(bytes(generator)), sink, e -> envelope[0] = e);

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.ignored).isEmpty();
        assertThat(sink.samples).hasSize(2_003);
        for (int type = 0; type < ExportProBodyGenerator.SAMPLE_TYPES.size(); type++) {
            assertThat(sink.samplesOf(ExportProBodyGenerator.SAMPLE_TYPES.get(type))).hasSize(2_003 / 5 + (type < 3 ? 1 : 0));
        }
        assertThat(sink.samples).extracting(RawSample::uuid).doesNotHaveDuplicates()
                .contains(ExportProBodyGenerator.sampleUuid("count", 0), ExportProBodyGenerator.sampleUuid("count", 2_002));
        assertThat(sink.workouts).hasSize(3);
        assertThat(sink.routes).hasSize(3);
        for (int j = 0; j < 3; j++) {
            assertThat(sink.routes.get(ExportProBodyGenerator.workoutUuid("count", j))).hasSize(120);
        }
        assertThat(sink.documents).extracting(RawDocument::kind)
                .containsOnly(DocumentKind.CHARACTERISTICS, DocumentKind.MEDICATION, DocumentKind.MEDICATION_DOSE);
        assertThat(sink.documents.stream().filter(d -> d.kind() == DocumentKind.MEDICATION)).hasSize(4);
        assertThat(sink.documents.stream().filter(d -> d.kind() == DocumentKind.MEDICATION_DOSE))
                .hasSize(4 * ExportProBodyGenerator.DOSES_PER_MEDICATION)
                .allSatisfy(dose -> assertThat(dose.start()).isNotNull());
        assertThat(sink.documents.stream().filter(d -> d.kind() == DocumentKind.CHARACTERISTICS)).hasSize(1);
        assertThat(envelope[0].syncSource()).isEqualTo("background-delivery");
        assertThat(envelope[0].startDate()).isEqualTo("2025-03-01T00:00:00.000Z");
    }

    @Test
    void generatedSamplesLookLikeTheAppsAndCarryNoFlags() {
        CollectingSink sink = new CollectingSink();
        decoder.decode(new ByteArrayInputStream(bytes(new ExportProBodyGenerator().samples(10))), sink);

        RawSample heartRate = sink.samplesOf("HKQuantityTypeIdentifierHeartRate").get(0);
        assertThat(heartRate.path()).isEqualTo("data.HKQuantityTypeIdentifierHeartRate[0]");
        assertThat(heartRate.start()).isEqualTo(new Moment(1740787260000L, 0));
        assertThat(heartRate.unit()).isEqualTo("count/min");
        assertThat(heartRate.source()).isEqualTo(new SourceInfo("Ana’s Apple Watch", null, null));
        assertThat(heartRate.metadataJson()).startsWith("{\"HKMetadataKeyHeartRateMotionContext\":");
        RawSample sleep = sink.samplesOf("HKCategoryTypeIdentifierSleepAnalysis").get(0);
        assertThat(sleep.textValue()).startsWith("HKCategoryValueSleepAnalysis");
        assertThat(sleep.unit()).isNull();
        assertThat(sleep.metadataJson()).isNull();
    }

    @Test
    void sameOptionsGiveTheSameBytesAndTheSeedChangesOnlyContent() {
        ExportProBodyGenerator generator = new ExportProBodyGenerator().samples(300).workouts(2).medications(2);

        byte[] first = bytes(generator);
        assertThat(bytes(generator)).isEqualTo(first);

        CollectingSink reseeded = new CollectingSink();
        decoder.decode(new ByteArrayInputStream(bytes(generator.seed(7))), reseeded);
        CollectingSink original = new CollectingSink();
        decoder.decode(new ByteArrayInputStream(first), original);
        assertThat(reseeded.samples).extracting(RawSample::uuid)
                .containsExactlyElementsOf(original.samples.stream().map(RawSample::uuid).toList());
        assertThat(reseeded.samples).extracting(RawSample::value)
                .isNotEqualTo(original.samples.stream().map(RawSample::value).toList());
    }

    @Test
    void aQuarterMillionSamplesMakeAboutFiftyMegabytes() {
        AtomicLong size = new AtomicLong();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                size.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                size.addAndGet(len);
            }
        };

        new ExportProBodyGenerator().samples(250_000).workouts(10).routePointsPerWorkout(1_800).medications(3)
                .writeTo(counting);

        assertThat(size.get()).as("bytes").isBetween(45_000_000L, 55_000_000L);
    }

    @Test
    void firstRecordsArriveBeforeTheBodyIsRead() {
        byte[] body = bytes(new ExportProBodyGenerator().samples(20_000));
        AtomicLong read = new AtomicLong();
        AtomicLong readAtFirstSample = new AtomicLong(-1);
        InputStream counted = new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read.addAndGet(Math.max(n, 0));
                return n;
            }
        };

        decoder.decode(counted, new CollectingSink() {
            @Override
            public void sample(RawSample sample) {
                readAtFirstSample.compareAndSet(-1, read.get());
            }
        });

        assertThat(body.length).isGreaterThan(3_000_000);
        assertThat(readAtFirstSample.get()).isBetween(1L, 64L * 1024);
    }

    private static byte[] bytes(ExportProBodyGenerator generator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.writeTo(out);
        return out.toByteArray();
    }
}
