package dev.healthsync.cli.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.healthsync.testing.CollectingSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sending side against a stub server on loopback: retries, refusals, headers, the outbox afterwards. */
class PushRetryTest {

    private static final String KEY = "hs_TestKeyThatMustNeverBePrinted0000000000000";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private record Request(String method, String path, String contentType, String contentEncoding,
                           String authorization, String apiKey, byte[] body) {
    }

    /** Answers request {@code n} (1-based) with {@code answers.apply(n)}: status, then JSON body. */
    private URI stub(IntFunction<Object[]> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger count = new AtomicInteger();
        server.createContext("/", exchange -> answer(exchange, answers.apply(count.incrementAndGet())));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange, Object[] answer) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Content-Encoding"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("X-API-Key"), in.readAllBytes()));
        }
        byte[] body = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders((Integer) answer[0], body.length);
        try (OutputStream response = exchange.getResponseBody()) {
            response.write(body);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void unavailableTwiceThenAcceptedIsRetriedAndSentWhole() throws Exception {
        URI url = stub(n -> n <= 2
                ? new Object[] {503, "{\"title\":\"Service Unavailable\",\"status\":503}"}
                : new Object[] {200, "{\"ok\":true,\"inserted\":{\"samples\":25,\"workouts\":2,\"routePoints\":5},"
                        + "\"duplicates\":0,\"rejectedCount\":0}"});
        Path export = PushFixtures.exportZip(dir);
        Path outbox = dir.resolve("outbox");

        push(new Push.Options(export, url, KEY, PushFormat.HEALTHSYNC, 5000, outbox, "Authorization"));

        assertThat(requests).hasSize(3);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/api/apple-health/sync");
            assertThat(r.contentType()).isEqualTo("application/json");
            assertThat(r.contentEncoding()).isEqualTo("gzip");
            assertThat(r.authorization()).isEqualTo("Bearer " + KEY);
        });
        // the same batch each time, whole: the server's decoder reads every record of it
        assertThat(requests.get(2).body()).isEqualTo(requests.get(0).body());
        EncodedBodies.Decoded decoded = EncodedBodies.decode(PushFormat.HEALTHSYNC, gunzip(requests.get(2).body()));
        CollectingSink exported = PushFixtures.read(export);
        assertThat(decoded.samples).hasSize(exported.samples.size() - 1);
        assertThat(decoded.workouts).hasSize(2);
        assertThat(decoded.batchId).isNotBlank();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("batch 1: HTTP 503, trying again in 0.5 s (2 of 8)",
                "batch 1: HTTP 503, trying again in 1.0 s (3 of 8)").doesNotContain(KEY);
        String summary = out.toString(StandardCharsets.UTF_8);
        // 27 samples sent (the blood-pressure correlation's two read inside it and again at the top level), 2 workouts
        assertThat(summary).containsPattern("batches sent\\s+1\\n").containsPattern("records sent\\s+29\\n")
                .containsPattern("(?m)^inserted\\s+27$").containsPattern("route points inserted\\s+5\\n")
                .doesNotContain(KEY);
        assertThat(batchFiles(outbox)).isEmpty();
        assertThat(outbox.resolve("manifest.json")).exists();
    }

    @Test
    void aRefusalStopsThePushWithTheProblemAndKeepsTheBatch() throws Exception {
        URI url = stub(n -> new Object[] {401,
                "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"missing or invalid credentials\"}"});
        Path outbox = dir.resolve("outbox");

        PushFailedException failure = catchThrowableOfType(PushFailedException.class, () -> push(new Push.Options(
                PushFixtures.exportZip(dir), url, KEY, PushFormat.EXPORT_PRO, 10, outbox, "X-API-Key")));

        assertThat(failure.getMessage())
                .isEqualTo("batch 1 refused: HTTP 401: Unauthorized: missing or invalid credentials");
        assertThat(failure.status()).isEqualTo(401);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).path()).isEqualTo("/api/health-data");
        assertThat(requests.get(0).apiKey()).isEqualTo(KEY);
        assertThat(requests.get(0).authorization()).isNull();
        assertThat(batchFiles(outbox)).hasSize(4).first()
                .satisfies(first -> assertThat(first.getFileName().toString()).isEqualTo("batch-000001.json.gz"));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(KEY);
    }

    @Test
    void aBatchWhoseRecordsAreAllRejectedIsCountedAndThePushGoesOn() throws Exception {
        URI url = stub(n -> n == 1
                ? new Object[] {422, "{\"title\":\"Unprocessable Content\",\"status\":422,\"detail\":\"every record "
                        + "was rejected\",\"rejected\":[{\"path\":\"samples[0].value\",\"reason\":\"not a number\"}]}"}
                : new Object[] {200, "{\"ok\":true,\"inserted\":{\"samples\":3,\"workouts\":0,\"routePoints\":0},"
                        + "\"duplicates\":0,\"rejectedCount\":0}"});
        Path outbox = dir.resolve("outbox");

        push(new Push.Options(PushFixtures.exportZip(dir), url, KEY, PushFormat.HEALTHSYNC, 3, outbox,
                "Authorization"));

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("batch 1: every record rejected: HTTP 422: "
                + "Unprocessable Content: every record was rejected: first rejected samples[0].value (not a number)");
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("rejected\\s+3\\n");
        assertThat(batchFiles(outbox)).isEmpty();
    }

    private void push(Push.Options options) throws InterruptedException {
        new Push(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(options);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    static List<Path> batchFiles(Path outbox) throws IOException {
        try (var files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().matches("batch-\\d+\\.json\\.gz")).sorted().toList();
        }
    }
}
