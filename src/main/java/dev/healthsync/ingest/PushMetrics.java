package dev.healthsync.ingest;

import dev.healthsync.pipeline.IngestCounts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The push meters of docs/operations.md#metrics. Tags are the channel and how the push ended, never who pushed
 * or what: a scrape must not tell an operator anything about anyone's health.
 */
@Component
class PushMetrics {

    private final MeterRegistry registry;

    PushMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A push that ran for {@code nanos} and ended with {@code outcome} (ok, rejected-body, error). */
    void pushed(String channel, String outcome, long nanos) {
        Timer.builder("healthsync.push").description("Push requests, by channel and outcome")
                .tag("channel", channel).tag("outcome", outcome)
                .register(registry).record(Duration.ofNanos(nanos));
    }

    /** What an applied batch stored; a replayed batch answered from its receipt stored nothing. */
    void stored(String channel, IngestCounts counts) {
        records(channel, "inserted", counts.inserted());
        records(channel, "duplicate", counts.duplicates());
        records(channel, "rejected", counts.rejectedCount());
    }

    private void records(String channel, String result, long amount) {
        Counter.builder("healthsync.push.records").description("Records of pushed batches, by what became of them")
                .tag("channel", channel).tag("result", result)
                .register(registry).increment(amount);
    }
}
