package dev.healthsync.cli.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.testing.CollectingSink;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The HealthSync body, read back by the server's own decoder, gives the very records the export reader read. */
class HealthSyncEncoderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static CollectingSink exported;

    @BeforeAll
    static void readExport(@TempDir Path dir) {
        exported = PushFixtures.read(PushFixtures.exportZip(dir));
    }

    @Test
    void samplesComeBackFieldByField() {
        HealthSyncEncoder encoder = new HealthSyncEncoder("healthsync-push-test", "1.0");
        Batch batch = EncodedBodies.batch(encoder, exported);
        EncodedBodies.Decoded decoded = EncodedBodies.decode(PushFormat.HEALTHSYNC,
                EncodedBodies.encode(encoder, batch));

        assertThat(decoded.rejects).isEmpty();
        assertThat(decoded.batchId).isEqualTo(batch.id());
        assertThat(decoded.deviceId).isEqualTo("healthsync-push-test");
        // only the settings record (HKDataTypeSleepDurationGoal) stays behind
        assertThat(batch.samples()).hasSize(exported.samples.size() - 1);
        assertThat(decoded.samples).hasSameSizeAs(batch.samples());
        for (int i = 0; i < batch.samples().size(); i++) {
            RawSample sent = batch.samples().get(i);
            RawSample got = decoded.samples.get(i);
            assertThat(got.uuid()).isNull();
            assertThat(got.type()).isEqualTo(sent.type());
            assertThat(got.value()).isEqualTo(sent.value());
            assertThat(got.textValue()).isEqualTo(sent.textValue());
            assertThat(got.unit()).isEqualTo(sent.unit());
            assertThat(got.start()).isEqualTo(sent.start());
            assertThat(got.end()).isEqualTo(sent.end());
            assertThat(got.source()).isEqualTo(sent.source());
            assertThat(got.device()).isEqualTo(sent.device());
            assertSameJson(got.metadataJson(), sent.metadataJson());
        }
    }

    @Test
    void workoutsComeBackWithStatisticsEventsAndRoute() {
        HealthSyncEncoder encoder = new HealthSyncEncoder("healthsync-push-test", "1.0");
        Batch batch = EncodedBodies.batch(encoder, exported);
        EncodedBodies.Decoded decoded = EncodedBodies.decode(PushFormat.HEALTHSYNC,
                EncodedBodies.encode(encoder, batch));

        assertThat(exported.workouts).hasSize(2);
        assertThat(exported.workouts.get(0).route()).hasSize(5);
        assertThat(decoded.workouts).hasSize(2);
        for (int i = 0; i < 2; i++) {
            RawWorkout sent = exported.workouts.get(i);
            RawWorkout got = decoded.workouts.get(i);
            assertThat(got.uuid()).isNull();
            assertThat(got.activityType()).isEqualTo(sent.activityType());
            assertThat(got.start()).isEqualTo(sent.start());
            assertThat(got.end()).isEqualTo(sent.end());
            assertThat(got.durationSeconds()).isEqualTo(sent.durationSeconds());
            assertThat(got.statistics()).isEqualTo(sent.statistics());
            assertThat(got.route()).as("points as read; only where they were sent differs")
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("path")
                    .containsExactlyElementsOf(sent.route());
            assertThat(got.source()).isEqualTo(sent.source());
            assertThat(got.device()).isEqualTo(sent.device());
            assertSameJson(got.metadataJson(), sent.metadataJson());
            assertThat(got.events()).hasSameSizeAs(sent.events());
            for (int e = 0; e < sent.events().size(); e++) {
                assertThat(got.events().get(e).type()).isEqualTo(sent.events().get(e).type());
                assertThat(got.events().get(e).date()).isEqualTo(sent.events().get(e).date());
                assertThat(got.events().get(e).durationSeconds()).isEqualTo(sent.events().get(e).durationSeconds());
            }
        }
    }

    @Test
    void documentsAndDaySummariesHaveNoPlaceInThisFormat() {
        HealthSyncEncoder encoder = new HealthSyncEncoder("healthsync-push-test", "1.0");
        assertThat(exported.documents).isNotEmpty();
        assertThat(exported.documents).allSatisfy(d -> assertThat(encoder.skipReason(d)).isNotNull());
        assertThat(EncodedBodies.batch(encoder, exported).documents()).isEmpty();
    }

    static void assertSameJson(String got, String sent) {
        if (sent == null) {
            assertThat(got).isNull();
        } else {
            assertThat(JSON.readTree(got)).isEqualTo(JSON.readTree(sent));
        }
    }

    static List<RecordIdentity> identities(List<RawSample> samples) {
        return samples.stream().map(RecordIdentity::of).sorted(Comparator.comparing(Object::toString))
                .toList();
    }
}
