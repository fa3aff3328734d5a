package dev.healthsync.cli.push;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Posts batch files to one endpoint as the apps do ({@code Content-Encoding: gzip}, {@code Content-Type:
 * application/json}, the API key in the configured header) and retries what a retry can fix: connection errors,
 * timeouts, 5xx, 429 and 408, with exponential backoff, waiting at least as long as a {@code Retry-After} says.
 * Any other answer is returned to the caller. Retry notices name the batch and the status only.
 */
final class Sender {

    /** Longest {@code Retry-After} honoured; a longer one is cut short rather than stalling the push for hours. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    private final HttpClient http;
    private final URI endpoint;
    private final String headerName;
    private final String headerValue;
    private final Retries retries;
    private final PrintStream err;

    Sender(URI endpoint, String headerName, String key, Retries retries, PrintStream err) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.endpoint = endpoint;
        this.headerName = headerName;
        this.headerValue = headerName.equalsIgnoreCase("Authorization") ? "Bearer " + key : key;
        this.retries = retries;
        this.err = err;
    }

    /** The endpoint of {@code format} on the server at {@code server} (a base URL, maybe with a path prefix). */
    static URI endpoint(URI server, PushFormat format) {
        String base = server.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + format.path());
    }

    /**
     * Sends one batch until the server gives an answer a retry cannot change.
     *
     * @throws PushFailedException when every try failed
     */
    HttpResponse<String> send(Path batch, int number) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip")
                .header(headerName, headerValue)
                .POST(publisher(batch))
                .build();
        String lastFailure = null;
        for (int attempt = 1; attempt <= retries.tries(); attempt++) {
            Duration wait = retries.delay(attempt);
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (!retryable(response.statusCode())) {
                    return response;
                }
                lastFailure = "HTTP " + response.statusCode();
                OptionalLong retryAfter = response.headers().firstValueAsLong("Retry-After");
                if (retryAfter.isPresent()) {
                    Duration asked = Duration.ofSeconds(Math.max(0, retryAfter.getAsLong()));
                    wait = asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : max(wait, asked);
                }
            } catch (IOException e) {
                lastFailure = e.getClass().getSimpleName();
            }
            if (attempt < retries.tries()) {
                err.printf(Locale.ROOT, "batch %d: %s, trying again in %.1f s (%d of %d)%n", number, lastFailure,
                        wait.toMillis() / 1000.0, attempt + 1, retries.tries());
                Thread.sleep(wait.toMillis());
            }
        }
        throw new PushFailedException(503, "batch " + number + " could not be delivered to " + endpoint
                + " after " + retries.tries() + " tries (last: " + lastFailure + "); run the command again to resume");
    }

    static boolean retryable(int status) {
        return status >= 500 || status == 429 || status == 408;
    }

    private static HttpRequest.BodyPublisher publisher(Path batch) {
        try {
            return HttpRequest.BodyPublishers.ofFile(batch);
        } catch (java.io.FileNotFoundException e) {
            throw new java.io.UncheckedIOException("batch file vanished: " + batch.getFileName(), e);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
