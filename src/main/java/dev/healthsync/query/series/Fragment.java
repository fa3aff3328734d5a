package dev.healthsync.query.series;

/**
 * What one source adds to one interval between edges: {@code merged} after the merge with higher-ranked sources
 * (for discrete types the plain sum), {@code raw} without it, the number of its samples starting there with their
 * least and greatest value, and the offset its samples there were lived at.
 */
record Fragment(int interval, String source, int offsetSeconds, double merged, double raw, long n, double min,
                double max) {
}
