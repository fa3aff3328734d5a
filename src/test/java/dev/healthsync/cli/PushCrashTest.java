package dev.healthsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.HealthSyncApplication;
import dev.healthsync.cli.push.PushFixtures;
import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.SqliteServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code push} killed in the middle of sending, then run again: every record ends up stored exactly once and the
 * outbox empty. The command runs as its own process, the way a user runs it, and is killed without warning.
 */
@SqliteServer
class PushCrashTest extends ApiTestSupport {

    private static final int SAMPLES = 20_000;
    private static final int BATCH_SIZE = 50;
    private static final int BATCHES = SAMPLES / BATCH_SIZE;

    @TempDir
    Path dir;

    @Test
    void killedWhileSendingThenRunAgainStoresEveryRecordOnce() throws Exception {
        TestUser user = newUser();
        Path export = PushFixtures.generatedExport(dir, SAMPLES);
        Path outbox = dir.resolve("outbox");

        Process first = start(user, export, outbox, "first");
        int pendingAtKill = awaitSomeBatchesSent(first, outbox);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long storedAtKill = count("samples", user.id());
        assertThat(pendingAtKill).as("batches left when killed").isBetween(1, BATCHES - 1);
        assertThat(storedAtKill).as("samples stored when killed").isBetween(1L, SAMPLES - 1L);

        Process second = start(user, export, outbox, "second");
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).as("second run finishes").isTrue();
        assertThat(second.exitValue()).as(read(dir.resolve("second.err"))).isZero();

        assertThat(count("samples", user.id())).isEqualTo(SAMPLES);
        assertThat(batchFiles(outbox)).isEmpty();
        String summary = read(dir.resolve("second.out"));
        assertThat(summary).containsPattern("(?m)^batches sent\\s+(\\d+)$");
        // what the first run had sent is not sent again, apart from at most the batch in flight when it was killed
        long sentAgain = figure(summary, "records sent");
        assertThat(sentAgain).isBetween((long) pendingAtKill * BATCH_SIZE - BATCH_SIZE,
                (long) pendingAtKill * BATCH_SIZE);
        assertThat(figure(summary, "inserted") + figure(summary, "duplicates")).isEqualTo(sentAgain);
        assertThat(figure(summary, "inserted")).isEqualTo(SAMPLES - storedAtKill);
    }

    /** Polls the outbox until the first run has generated every batch and delivered a few of them. */
    private static int awaitSomeBatchesSent(Process process, Path outbox) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the first run is still sending").isTrue();
            if (Files.exists(outbox.resolve("manifest.json"))) {
                int pending = batchFiles(outbox).size();
                if (pending <= BATCHES - 20) {
                    return pending;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the first run sent nothing within two minutes");
    }

    private Process start(TestUser user, Path export, Path outbox, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                HealthSyncApplication.class.getName(), "push", export.toString(),
                "--url", "http://127.0.0.1:" + port, "--key", user.key(),
                "--batch-size", Integer.toString(BATCH_SIZE), "--outbox", outbox.toString()));
        return new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    private static List<Path> batchFiles(Path outbox) {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().matches("batch-\\d+\\.json\\.gz")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long figure(String summary, String label) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(label) + "\\s+(\\d+)$").matcher(summary);
        assertThat(matcher.find()).as(label + " in " + summary).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
