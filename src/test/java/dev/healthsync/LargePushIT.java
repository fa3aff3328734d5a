package dev.healthsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.CountingOutputStream;
import dev.healthsync.testing.GcLog;
import dev.healthsync.testing.HealthSyncBatchGenerator;
import dev.healthsync.testing.PostgresRequired;
import dev.healthsync.testing.ServerProcess;
import dev.healthsync.testing.TestDatabases;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A HealthSync batch of more than 60 MB (uncompressed), pushed gzip-compressed to the packaged server limited to
 * 256 MB of heap, is stored whole: the body is streamed, never held in memory. Prints the push time and the
 * server's peak heap (from its GC log) per database; asserts on neither.
 */
class LargePushIT {

    /** About 471 bytes of JSON per generated sample: 130,000 samples give about 61 MB. */
    private static final int SAMPLES = 130_000;
    private static final long MIN_UNCOMPRESSED = 60_000_000L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path workDir;
    private static Path batch;
    private static long uncompressedBytes;

    @BeforeAll
    static void generateTheBatch() throws IOException {
        workDir = Files.createTempDirectory("healthsync-large-push-");
        batch = workDir.resolve("batch.json.gz");
        CountingOutputStream counted;
        try (GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(batch),
                1 << 16), 1 << 16)) {
            counted = new CountingOutputStream(gzip);
            new HealthSyncBatchGenerator().batchId("large-push-1").deviceId("large-push-phone").uuidPrefix("large")
                    .samples(SAMPLES).workouts(0).writeTo(counted);
            counted.flush();
        }
        uncompressedBytes = counted.count();
        assertThat(uncompressedBytes).as("uncompressed batch size").isGreaterThanOrEqualTo(MIN_UNCOMPRESSED);
    }

    @AfterAll
    static void deleteTheBatch() {
        ServerProcess.deleteRecursively(workDir);
    }

    @Nested
    class OnSqlite extends Push {
        OnSqlite() {
            super("sqlite");
        }

        @Override
        Map<String, String> databaseEnv() {
            return Map.of();
        }
    }

    @Nested
    @ExtendWith(PostgresRequired.class)
    class OnPostgres extends Push {
        OnPostgres() {
            super("postgresql");
        }

        @Override
        Map<String, String> databaseEnv() {
            return Map.of("HEALTHSYNC_DB_URL", TestDatabases.freshPostgres());
        }
    }

    abstract class Push {

        private final String label;

        Push(String label) {
            this.label = label;
        }

        abstract Map<String, String> databaseEnv();

        @Test
        void aGzippedBatchOfMoreThan60MbIsStoredWholeByAServerWith256MbOfHeap() throws Exception {
            Path dataDir = TestDatabases.tempDataDir();
            Path gcLog = dataDir.resolve("gc.log");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            long elapsedNanos;
            try (ServerProcess server = ServerProcess.start(dataDir, databaseEnv(),
                    List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog))) {
                String key = server.awaitBootstrapCredentials(Duration.ofSeconds(60)).apiKey();

                HttpRequest push = HttpRequest.newBuilder(server.uri("/api/apple-health/sync"))
                        .timeout(Duration.ofMinutes(15))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofFile(batch)).build();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(push, HttpResponse.BodyHandlers.ofString());
                elapsedNanos = System.nanoTime() - start;

                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode receipt = JSON.readTree(response.body());
                assertThat(receipt.path("ok").asBoolean()).isTrue();
                assertThat(receipt.path("inserted").path("samples").asLong()).isEqualTo(SAMPLES);
                assertThat(receipt.path("rejected").size()).isZero();

                HttpResponse<String> types = http.send(HttpRequest.newBuilder(server.uri("/api/v1/types"))
                        .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + key).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(types.statusCode()).as(types.body()).isEqualTo(200);
                long total = 0;
                for (JsonNode type : JSON.readTree(types.body())) {
                    total += type.path("count").asLong();
                }
                assertThat(total).as(types.body()).isEqualTo(SAMPLES);
                assertThat(server.isAlive()).isTrue();
                assertThat(server.stdout() + server.stderr()).doesNotContain("OutOfMemoryError");
            }

            GcLog.Figures heap = GcLog.read(gcLog);
            System.out.printf(Locale.ROOT, "LargePushIT %s: %.1f MB (%.1f MB gzip, %,d samples) in %.1f s, "
                            + "peak heap %d MB (largest live set after GC %d MB, %d GCs, -Xmx256m)%n",
                    label, uncompressedBytes / 1e6, Files.size(batch) / 1e6, SAMPLES, elapsedNanos / 1e9,
                    heap.peakMb(), heap.maxAfterMb(), heap.collections());
            ServerProcess.deleteRecursively(dataDir);
        }
    }
}
