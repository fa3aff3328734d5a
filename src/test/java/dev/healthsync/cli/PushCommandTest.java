package dev.healthsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.cli.push.Push;
import dev.healthsync.cli.push.PushFixtures;
import dev.healthsync.cli.push.PushFormat;
import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.SqliteServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the push client: one export pushed through each of the three contracts in turn is stored
 * once. After the first push, the others find every record already stored, whatever their wire format.
 */
@SqliteServer
class PushCommandTest extends ApiTestSupport {

    /** Records of the test export a HealthSync push carries: 25 samples (not the sleep goal setting), 2 workouts. */
    private static final long SAMPLES = 25;
    /** The blood-pressure correlation's records, read inside it and again at the top level: sent twice, stored once. */
    private static final long CORRELATION_COPIES = 2;
    private static final long WORKOUTS = 2;
    private static final long ROUTE_POINTS = 5;
    /** What Health Auto Export has no metric for: menstrual flow (the app puts it in cycleTracking). */
    private static final long NOT_IN_AUTO_EXPORT = 1;

    @TempDir
    Path dir;

    @Test
    void theSameExportThroughEveryContractIsStoredOnce() throws Exception {
        TestUser user = newUser();
        Path export = PushFixtures.exportZip(dir);

        Summary healthSync = push(user, export, PushFormat.HEALTHSYNC);
        assertThat(healthSync.get("records sent")).isEqualTo(SAMPLES + CORRELATION_COPIES + WORKOUTS);
        assertThat(healthSync.get("inserted")).isEqualTo(SAMPLES + WORKOUTS);
        assertThat(healthSync.get("duplicates")).isEqualTo(CORRELATION_COPIES);
        assertThat(healthSync.get("rejected")).isZero();
        assertThat(healthSync.get("route points inserted")).isEqualTo(ROUTE_POINTS);
        assertStored(user, SAMPLES, WORKOUTS, ROUTE_POINTS);

        Summary exportPro = push(user, export, PushFormat.EXPORT_PRO);
        // the characteristics (Me) travel only in this format: the one record new to the server
        assertThat(exportPro.get("records sent")).isEqualTo(SAMPLES + CORRELATION_COPIES + WORKOUTS + 1);
        assertThat(exportPro.get("inserted")).isEqualTo(1);
        assertThat(exportPro.get("duplicates")).isEqualTo(SAMPLES + CORRELATION_COPIES + WORKOUTS);
        assertThat(exportPro.get("route points inserted")).isZero();
        assertStored(user, SAMPLES, WORKOUTS, ROUTE_POINTS);

        Summary autoExport = push(user, export, PushFormat.AUTO_EXPORT);
        assertThat(autoExport.get("records sent")).isEqualTo(SAMPLES + CORRELATION_COPIES - NOT_IN_AUTO_EXPORT + WORKOUTS);
        assertThat(autoExport.get("inserted")).isZero();
        assertThat(autoExport.get("duplicates")).isEqualTo(SAMPLES + CORRELATION_COPIES - NOT_IN_AUTO_EXPORT + WORKOUTS);
        assertThat(autoExport.get("rejected")).isZero();
        assertThat(autoExport.get("skipped")).isGreaterThanOrEqualTo(NOT_IN_AUTO_EXPORT);
        assertStored(user, SAMPLES, WORKOUTS, ROUTE_POINTS);
    }

    @Test
    void aSecondRunOfTheSamePushSendsNothingAgain() throws Exception {
        TestUser user = newUser();
        Path export = PushFixtures.exportZip(dir);
        push(user, export, PushFormat.HEALTHSYNC);

        Summary again = push(user, export, PushFormat.HEALTHSYNC);

        assertThat(again.get("batches sent")).isZero();
        assertThat(again.get("records sent")).isZero();
        assertStored(user, SAMPLES, WORKOUTS, ROUTE_POINTS);
    }

    @Test
    void theSameOutboxPushedAsAnotherUserSendsEverythingAgain() throws Exception {
        TestUser ana = newUser();
        TestUser ben = newUser();
        Path export = PushFixtures.exportZip(dir);
        push(ana, export, PushFormat.HEALTHSYNC);

        Summary forBen = push(ben, export, PushFormat.HEALTHSYNC);

        // batches leave the outbox once a server took them, so another destination starts it over
        assertThat(forBen.get("inserted")).isEqualTo(SAMPLES + WORKOUTS);
        assertStored(ben, SAMPLES, WORKOUTS, ROUTE_POINTS);
    }

    private void assertStored(TestUser user, long samples, long workouts, long routePoints) {
        assertThat(count("samples", user.id())).as("samples").isEqualTo(samples);
        assertThat(count("workouts", user.id())).as("workouts").isEqualTo(workouts);
        assertThat(routePoints(user.id())).as("route points").isEqualTo(routePoints);
    }

    private Summary push(TestUser user, Path export, PushFormat format) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new Push(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new Push.Options(export, URI.create("http://127.0.0.1:" + port), user.key(), format, 4,
                        Push.Options.defaultOutbox(export), "Authorization"));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(user.key());
        assertThat(Files.exists(Push.Options.defaultOutbox(export).resolve("batch-000001.json.gz"))).isFalse();
        return new Summary(out.toString(StandardCharsets.UTF_8));
    }

    /** The figures of the summary table printed on stdout. */
    record Summary(String text) {
        long get(String label) {
            Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(label) + "\\s+(\\d+)$").matcher(text);
            assertThat(matcher.find()).as("'%s' in the summary:%n%s", label, text).isTrue();
            return Long.parseLong(matcher.group(1));
        }
    }
}
