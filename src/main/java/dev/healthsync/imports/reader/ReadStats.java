package dev.healthsync.imports.reader;

import dev.healthsync.pipeline.RecordSink;
import java.util.HashMap;
import java.util.Map;

/**
 * The counters of one read, and the one place that reports to the listener and hands unknown parts to the sink.
 * Warnings are capped so that an export with thousands of missing route files does not flood a job's status.
 * Not thread-safe: one per read.
 */
final class ReadStats {

    static final int MAX_WARNINGS = 200;

    private final Map<String, long[]> read = new HashMap<>();
    private final Map<String, long[]> skipped = new HashMap<>();
    private final Map<String, long[]> unknown = new HashMap<>();
    private final RecordSink sink;
    private final ReadListener listener;
    private long warnings;

    ReadStats(RecordSink sink, ReadListener listener) {
        this.sink = sink;
        this.listener = listener;
    }

    void read(String kind) {
        add(read, kind, 1);
    }

    void read(String kind, long n) {
        add(read, kind, n);
    }

    void skipped(String reason) {
        add(skipped, reason, 1);
    }

    void skipped(String reason, long n) {
        add(skipped, reason, n);
    }

    /** An element or attribute this reader does not know; {@code path} names where it was. */
    void unknown(String what, String path) {
        add(unknown, what, 1);
        sink.ignored(path);
    }

    /** A record that could not be read: rejected to the sink, which counts it (once, there). */
    void reject(String path, String field, String reason) {
        sink.reject(path + "." + field, pathKind(path) + ": " + field + " " + reason);
    }

    void warning(String message) {
        warnings++;
        if (warnings <= MAX_WARNINGS) {
            listener.warning(message);
        } else if (warnings == MAX_WARNINGS + 1) {
            listener.warning("more warnings were left out; the import summary counts them");
        }
    }

    ReadSummary summary(long bytesTotal) {
        return new ReadSummary(flat(read), flat(skipped), flat(unknown), bytesTotal);
    }

    private static String pathKind(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }

    private static void add(Map<String, long[]> counters, String key, long n) {
        long[] counter = counters.get(key);
        if (counter == null) {
            counters.put(key, new long[] {n});
        } else {
            counter[0] += n;
        }
    }

    private static Map<String, Long> flat(Map<String, long[]> counters) {
        Map<String, Long> flat = new HashMap<>();
        counters.forEach((key, value) -> flat.put(key, value[0]));
        return flat;
    }
}
