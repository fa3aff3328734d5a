package dev.healthsync.cli.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.testing.CollectingSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Health Export Pro body, read back by the server's own decoder, gives the records the export reader read. */
class ExportProEncoderTest {

    static CollectingSink exported;
    static Batch batch;
    static byte[] body;
    static EncodedBodies.Decoded decoded;

    @BeforeAll
    static void encodeTheExport(@TempDir Path dir) {
        exported = PushFixtures.read(PushFixtures.exportZip(dir));
        ExportProEncoder encoder = new ExportProEncoder(EncodedBodies.CLOCK);
        batch = EncodedBodies.batch(encoder, exported);
        body = EncodedBodies.encode(encoder, batch);
        decoded = EncodedBodies.decode(PushFormat.EXPORT_PRO, body);
    }

    @Test
    void samplesComeBackFieldByFieldGroupedByType() {
        assertThat(decoded.rejects).isEmpty();
        assertThat(decoded.samples).hasSameSizeAs(batch.samples());
        for (RawSample sent : batch.samples()) {
            RawSample got = decoded.samples.stream()
                    .filter(s -> s.type().equals(sent.type()) && s.start().equals(sent.start())
                            && s.source().equals(sent.source()) && s.end().equals(sent.end()))
                    .findFirst().orElseThrow(() -> new AssertionError("not decoded: " + sent.path()));
            assertThat(got.uuid()).isNull();
            assertThat(got.value()).isEqualTo(sent.value());
            assertThat(got.textValue()).isEqualTo(sent.textValue());
            assertThat(got.unit()).isEqualTo(sent.unit());
            assertThat(got.device()).isEqualTo(sent.device());
            HealthSyncEncoderTest.assertSameJson(got.metadataJson(), sent.metadataJson());
        }
        assertThat(HealthSyncEncoderTest.identities(decoded.samples))
                .isEqualTo(HealthSyncEncoderTest.identities(batch.samples()));
    }

    @Test
    void workoutsCarryADerivedUuidAndTheirRouteComesApartUnderIt() {
        assertThat(decoded.workouts).hasSize(2);
        for (int i = 0; i < 2; i++) {
            RawWorkout sent = exported.workouts.get(i);
            RawWorkout got = decoded.workouts.get(i);
            assertThat(got.uuid()).isEqualTo(WorkoutIds.of(sent)).matches("[0-9A-F-]{36}");
            assertThat(got.activityType()).isEqualTo(sent.activityType());
            assertThat(got.start()).isEqualTo(sent.start());
            assertThat(got.end()).isEqualTo(sent.end());
            assertThat(got.durationSeconds()).isEqualTo(sent.durationSeconds());
            assertThat(got.statistics()).isEqualTo(sent.statistics());
            assertThat(got.source()).isEqualTo(sent.source());
            assertThat(got.device()).isEqualTo(sent.device());
            assertThat(got.route()).isEmpty();
            assertThat(got.events()).extracting(e -> e.type() + " " + e.date() + " " + e.durationSeconds())
                    .containsExactlyElementsOf(sent.events().stream()
                            .map(e -> e.type() + " " + e.date() + " " + e.durationSeconds()).toList());
        }
        RawWorkout run = exported.workouts.get(0);
        assertThat(decoded.routes).containsOnlyKeys(WorkoutIds.of(run));
        assertThat(decoded.routes.get(WorkoutIds.of(run))).as("points as read; only where they were sent differs")
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("path")
                .containsExactlyElementsOf(run.route());
    }

    @Test
    void characteristicsComeBackAsTheSameDocument() {
        RawDocument me = exported.documents.stream().filter(d -> d.kind() == DocumentKind.CHARACTERISTICS)
                .findFirst().orElseThrow();
        assertThat(decoded.documents).hasSize(1);
        // the same text, so that the server's document identity matches the one an XML import stores
        assertThat(decoded.documents.get(0).kind()).isEqualTo(DocumentKind.CHARACTERISTICS);
        assertThat(decoded.documents.get(0).payloadJson()).isEqualTo(me.payloadJson());
    }

    @Test
    void theEnvelopeSpansTheBatch() {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"exportDate\":\"2025-03-10T20:04:11Z\","
                + "\"startDate\":\"2025-03-03T23:12:00+01:00\","
                + "\"endDate\":\"2025-03-09T07:05:00+01:00\",\"syncSource\":\"manual\",\"data\":{");
    }
}
