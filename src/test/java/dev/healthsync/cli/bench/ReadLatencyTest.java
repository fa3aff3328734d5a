package dev.healthsync.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReadLatencyTest {

    private static final ReadRequest REQUEST = new ReadRequest("r", "/api/v1/x?from={from}");

    @Test
    void percentilesAreMeasuredValuesByNearestRank() {
        // 1..100 ms, shuffled: the 50th and the 99th value
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (i * 37 % 100 + 1) * 1_000_000).toArray();

        ReadLatency latency = ReadLatency.of(REQUEST, "/p", nanos);

        assertThat(latency.p50Millis()).isEqualTo(50.0);
        assertThat(latency.p99Millis()).isEqualTo(99.0);
        assertThat(latency.n()).isEqualTo(100);
        assertThat(ReadLatency.of(REQUEST, "/p", new long[] {7_000_000}).p99Millis()).isEqualTo(7.0);
    }

    @Test
    void aPathNeedsEveryPlaceholder() {
        assertThat(REQUEST.path(Map.of("from", "2025-01-02"))).isEqualTo("/api/v1/x?from=2025-01-02");
        assertThatThrownBy(() -> REQUEST.path(Map.of("to", "2025-01-02"))).isInstanceOf(IllegalStateException.class);
    }
}
