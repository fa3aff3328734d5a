package dev.healthsync.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.HealthSyncBatchGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The configured body limit, as sent and once decompressed, and broken gzip; nothing is stored for either. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "healthsync.ingest.max-body=64KB")
@ContextConfiguration(initializers = SmallLimitServer.class)
class BodyLimitTest extends ApiTestSupport {

    @Test
    void aBodyOverTheLimitIs413() {
        TestUser user = newUser();
        HttpResponse<String> response = postJson("/api/apple-health/sync", user.key(), batch(2_000));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(count("samples", user.id())).isZero();
    }

    @Test
    void aSmallGzipBodyThatInflatesPastTheLimitIs413() throws IOException {
        TestUser user = newUser();
        byte[] inflated = batch(400);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(inflated);
        }
        assertThat(inflated.length).isGreaterThan(64 * 1024);
        assertThat(compressed.size()).isLessThan(64 * 1024);
        HttpResponse<String> response = send(gzipRequest(user, compressed.toByteArray()));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(count("samples", user.id())).isZero();
    }

    @Test
    void corruptGzipIs400() throws IOException {
        TestUser user = newUser();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(batch(20));
        }
        byte[] truncated = Arrays.copyOf(compressed.toByteArray(), compressed.size() / 2);
        HttpResponse<String> response = send(gzipRequest(user, truncated));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("type").asString()).isEqualTo("/problems/malformed-body");
        assertThat(send(gzipRequest(user, "not gzip at all".getBytes())).statusCode()).isEqualTo(400);
        assertThat(count("samples", user.id())).isZero();
    }

    private HttpRequest gzipRequest(TestUser user, byte[] body) {
        return request("/api/apple-health/sync").header("X-API-Key", user.key())
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static byte[] batch(int samples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HealthSyncBatchGenerator().batchId("limit").samples(samples).workouts(0).writeTo(out);
        return out.toByteArray();
    }
}
