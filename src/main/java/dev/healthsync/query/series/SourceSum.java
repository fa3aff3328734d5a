package dev.healthsync.query.series;

/**
 * What one source put into an interval, an hour, a day or a bucket: its sum after the merge and without it, the
 * number of its samples and their least and greatest value. Not thread-safe.
 */
class SourceSum {

    double merged;
    double raw;
    long n;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    /** Adds another part; a null or infinite least or greatest value means the part had no sample of its own. */
    void add(double merged, double raw, long n, Double min, Double max) {
        this.merged += merged;
        this.raw += raw;
        this.n += n;
        if (min != null && !min.isInfinite()) {
            this.min = Math.min(this.min, min);
        }
        if (max != null && !max.isInfinite()) {
            this.max = Math.max(this.max, max);
        }
    }

    /** Counts one sample starting here. */
    void count(double value) {
        n++;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    Double minOrNull() {
        return n == 0 ? null : min;
    }

    Double maxOrNull() {
        return n == 0 ? null : max;
    }
}
