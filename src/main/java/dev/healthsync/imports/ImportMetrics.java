package dev.healthsync.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** The import meters of docs/operations.md#metrics: how jobs end and how much they read, never whose or what. */
@Component
class ImportMetrics {

    private final MeterRegistry registry;
    private final Counter records;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.records = Counter.builder("healthsync.import.records")
                .description("Export records read and handed to the store by import jobs").register(registry);
    }

    /** A run of a job that ended with {@code status} (done, failed, cancelled) after reading {@code read} records. */
    void ran(String status, long read, long nanos) {
        Counter.builder("healthsync.import.jobs").description("Import job runs, by how they ended")
                .tag("status", status).register(registry).increment();
        Timer.builder("healthsync.import.duration").description("How long import job runs took")
                .tag("status", status).register(registry).record(Duration.ofNanos(nanos));
        records.increment(read);
    }
}
