package dev.healthsync.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * GETs over loopback with the run's API key, as a client of the API would send them; one connection kept open, so
 * a latency is the server's answer and not a TCP handshake.
 */
final class ReadClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String key;

    ReadClient(int port, String key) {
        this.base = "http://127.0.0.1:" + port;
        this.key = key;
    }

    /** The answer to one GET and how long it took, the whole body read. */
    Answer get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + key).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
    }

    record Answer(int status, String body, long nanos) {
    }
}
