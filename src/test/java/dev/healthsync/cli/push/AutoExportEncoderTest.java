package dev.healthsync.cli.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.health.TypeCatalog;
import dev.healthsync.health.TypeKind;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.testing.CollectingSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Health Auto Export body, read back by the server's own decoder, gives records with the same identities as
 * the export's (the app's format has no devices, versions or bundle ids, so only what identity uses is compared).
 */
class AutoExportEncoderTest {

    private static final String Q = "HKQuantityTypeIdentifier";

    static CollectingSink exported;
    static Batch batch;
    static byte[] body;
    static EncodedBodies.Decoded decoded;

    @BeforeAll
    static void encodeTheExport(@TempDir Path dir) {
        exported = PushFixtures.read(PushFixtures.exportZip(dir));
        AutoExportEncoder encoder = new AutoExportEncoder();
        batch = EncodedBodies.batch(encoder, exported);
        body = EncodedBodies.encode(encoder, batch);
        decoded = EncodedBodies.decode(PushFormat.AUTO_EXPORT, body);
    }

    @Test
    void everySampleComesBackUnderTheSameIdentity() {
        assertThat(decoded.rejects).isEmpty();
        assertThat(decoded.aggregates).isEmpty();
        assertThat(HealthSyncEncoderTest.identities(decoded.samples))
                .isEqualTo(HealthSyncEncoderTest.identities(batch.samples()));
    }

    @Test
    void onlyTypesWithoutAMetricAreSkipped() {
        AutoExportEncoder encoder = new AutoExportEncoder();
        List<String> skipped = exported.samples.stream().filter(s -> encoder.skipReason(s) != null)
                .map(RawSample::type).toList();
        assertThat(skipped).containsExactlyInAnyOrder("HKCategoryTypeIdentifierMenstrualFlow",
                "HKDataTypeSleepDurationGoal");
    }

    @Test
    void percentagesGoAsPercentPointsAndSpansKeepTheirEnd() {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("{\"name\":\"blood_oxygen_saturation\",\"units\":\"%\",\"data\":[{\"date\":"
                + "\"2025-03-04 03:11:20 +0100\",\"qty\":97.0,\"source\":\"Ana’s Apple Watch\",");
        assertThat(text).contains("{\"startDate\":\"2025-03-04 07:58:41 +0100\",\"endDate\":\"2025-03-04 08:08:12"
                + " +0100\",\"qty\":1043.0,\"source\":\"Ana’s iPhone\",");
        // the two halves of the blood pressure reading travel as one point, as the app writes them
        assertThat(text).contains("{\"date\":\"2025-03-04 07:19:00 +0100\",\"systolic\":118.0,\"diastolic\":76.0,"
                + "\"source\":\"Withings\",");
    }

    @Test
    void workoutsComeBackWithTheirIdRouteAndSummaries() {
        assertThat(decoded.workouts).hasSize(2);
        for (int i = 0; i < 2; i++) {
            RawWorkout sent = exported.workouts.get(i);
            RawWorkout got = decoded.workouts.get(i);
            assertThat(got.uuid()).isEqualTo(WorkoutIds.of(sent));
            assertThat(RecordIdentity.of(got)).isEqualTo(RecordIdentity.of(sent));
            assertThat(got.route()).as("points as read; only where they were sent differs")
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("path")
                    .containsExactlyElementsOf(sent.route());
            assertThat(got.durationSeconds()).isEqualTo(sent.durationSeconds());
        }
        assertThat(decoded.workouts.get(0).statistics()).containsExactlyInAnyOrder(
                new RawStatistic(Q + "ActiveEnergyBurned", 312.4, null, null, null, "kcal"),
                new RawStatistic(Q + "DistanceWalkingRunning", 5.0124, null, null, null, "km"),
                new RawStatistic(Q + "HeartRate", null, 98.0, 141.0, 171.0, "count/min"));
    }

    /** Every name of the reverse table decodes back to its type: guards against drift from the server's table. */
    @Test
    void everyMetricNameDecodesToItsType() {
        Batch all = new Batch(1, "all");
        Moment start = new Moment(1_741_000_000_000L, 3600);
        Moment end = new Moment(1_741_000_060_000L, 3600);
        for (Map.Entry<String, AutoExportNames.Metric> entry : AutoExportNames.all().entrySet()) {
            String type = entry.getKey();
            boolean category = TypeCatalog.kindOf(type) == TypeKind.CATEGORY;
            all.samples().add(new RawSample("t", null, type, category ? 0.0 : 1.5, null, category ? null : "count",
                    start, end, new SourceInfo("Ana’s iPhone", null, null), null, null));
        }
        EncodedBodies.Decoded back = EncodedBodies.decode(PushFormat.AUTO_EXPORT,
                EncodedBodies.encode(new AutoExportEncoder(), all));
        assertThat(back.ignored).isEmpty();
        assertThat(back.rejects).isEmpty();
        assertThat(back.samples.stream().map(RawSample::type).sorted(Comparator.naturalOrder()).toList())
                .isEqualTo(all.samples().stream().map(RawSample::type).sorted(Comparator.naturalOrder()).toList());
    }
}
