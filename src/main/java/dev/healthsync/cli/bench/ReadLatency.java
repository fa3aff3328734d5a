package dev.healthsync.cli.bench;

import java.util.Arrays;

/**
 * What one read measured: {@code n} requests' p50 and p99 in milliseconds, or nothing when the server has no such
 * endpoint ({@code available} false).
 */
record ReadLatency(String name, String path, boolean available, double p50Millis, double p99Millis, int n) {

    static ReadLatency notAvailable(ReadRequest request, String path) {
        return new ReadLatency(request.name(), path, false, Double.NaN, Double.NaN, 0);
    }

    static ReadLatency of(ReadRequest request, String path, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new ReadLatency(request.name(), path, true, percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6, sorted.length);
    }

    /** Nearest rank: a value that was measured, never one between two. */
    private static long percentile(long[] sorted, double share) {
        return sorted[(int) Math.ceil(share * sorted.length) - 1];
    }
}
