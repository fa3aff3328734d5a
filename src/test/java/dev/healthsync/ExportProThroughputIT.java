package dev.healthsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ExportProBodyGenerator;
import dev.healthsync.testing.GcLog;
import dev.healthsync.testing.PostgresRequired;
import dev.healthsync.testing.ServerProcess;
import dev.healthsync.testing.TestDatabases;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of Health Export Pro's push (issue: a 50 MB body with about 250,000 samples), against the floor of
 * a pure Jackson streaming pass over the same bytes, on a server limited to 256 MB of heap. Prints the figures
 * for docs/benchmarks.md; asserts only that everything was stored.
 */
class ExportProThroughputIT {

    private static final int SAMPLES = 250_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path workDir;
    private static Path body;
    private static double floorSeconds;

    @BeforeAll
    static void generateTheBodyAndMeasureTheFloor() throws IOException {
        workDir = Files.createTempDirectory("healthsync-export-pro-throughput-");
        body = workDir.resolve("health-data.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(body), 1 << 16)) {
            new ExportProBodyGenerator().seed(11).uuidPrefix("bench").samples(SAMPLES).workouts(10)
                    .routePointsPerWorkout(600).medications(5).writeTo(out);
        }
        floorSeconds = Double.MAX_VALUE;
        for (int pass = 0; pass < 4; pass++) {
            floorSeconds = Math.min(floorSeconds, jacksonPass(body));
        }
    }

    @AfterAll
    static void deleteTheBody() {
        ServerProcess.deleteRecursively(workDir);
    }

    /** Seconds one token-by-token pass takes: the least any streaming decoder of these bytes can spend. */
    private static double jacksonPass(Path file) {
        long start = System.nanoTime();
        long tokens = 0;
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        assertThat(tokens).isPositive();
        return (System.nanoTime() - start) / 1e9;
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
        void aFiftyMegabyteBodyIsStoredWholeWith256MbOfHeap() throws Exception {
            Path dataDir = TestDatabases.tempDataDir();
            Path gcLog = dataDir.resolve("gc.log");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            double pushSeconds;
            try (ServerProcess server = ServerProcess.start(dataDir, databaseEnv(),
                    List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog))) {
                String key = server.awaitBootstrapCredentials(Duration.ofSeconds(60)).apiKey();
                HttpRequest push = HttpRequest.newBuilder(server.uri("/api/health-data"))
                        .timeout(Duration.ofMinutes(15)).header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofFile(body)).build();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(push, HttpResponse.BodyHandlers.ofString());
                pushSeconds = (System.nanoTime() - start) / 1e9;

                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode receipt = JSON.readTree(response.body());
                assertThat(receipt.path("inserted").path("measurements").asLong()).isEqualTo(SAMPLES + 1);
                assertThat(receipt.path("inserted").path("workouts").asLong()).isEqualTo(10);
                assertThat(receipt.path("inserted").path("workoutRoutes").asLong()).isEqualTo(6_000);
                assertThat(receipt.path("rejectedCount").asLong()).isZero();
            }
            GcLog.Figures heap = GcLog.read(gcLog);
            System.out.printf(Locale.ROOT, "ExportProThroughputIT %s: %.1f MB, %,d samples in %.2f s "
                            + "(%,.0f samples/s, %.1f MB/s); floor (Jackson pass) %.2f s: %.1fx the floor; "
                            + "peak heap %d MB, live after GC %d MB (-Xmx256m)%n",
                    label, Files.size(body) / 1e6, SAMPLES, pushSeconds, SAMPLES / pushSeconds,
                    Files.size(body) / 1e6 / pushSeconds, floorSeconds, pushSeconds / floorSeconds, heap.peakMb(),
                    heap.maxAfterMb());
            ServerProcess.deleteRecursively(dataDir);
        }
    }
}
