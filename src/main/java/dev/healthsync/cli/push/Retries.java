package dev.healthsync.cli.push;

import java.time.Duration;

/**
 * How long to keep trying a batch: exponential backoff from {@code first}, doubling up to {@code max}, for at most
 * {@code tries} attempts. The defaults wait about a minute in all, long enough for a server restart.
 */
record Retries(Duration first, Duration max, int tries) {

    static final Retries DEFAULT = new Retries(Duration.ofMillis(500), Duration.ofSeconds(30), 8);

    /** The wait before attempt {@code attempt + 1}, after attempt {@code attempt} (1-based) failed. */
    Duration delay(int attempt) {
        long millis = first.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
