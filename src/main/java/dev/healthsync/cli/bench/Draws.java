package dev.healthsync.cli.bench;

/**
 * Random numbers that depend only on (seed, stream, index), not on what was drawn before: the generator can write a
 * blood-pressure record at the top level and again inside its correlation, or a workout and later its GPX file,
 * and both come out the same without keeping anything in memory. SplitMix64 over the three keys. One instance is
 * reused for every element; not thread-safe.
 */
final class Draws {

    private final long seed;
    private long state;

    Draws(long seed) {
        this.seed = seed;
    }

    /** Starts the draws of element {@code index} of {@code stream}. */
    Draws at(long stream, long index) {
        state = mix(seed ^ mix(stream * 0x9E3779B97F4A7C15L + index));
        return this;
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in {@code [0, bound)}; {@code bound} must be positive. */
    long below(long bound) {
        return Math.floorMod(nextLong(), bound);
    }

    /** Uniform in {@code [min, max]}. */
    long between(long min, long max) {
        return min + below(max - min + 1);
    }

    /** Uniform in {@code [min, max)}. */
    double between(double min, double max) {
        return min + (nextLong() >>> 11) * 0x1.0p-53 * (max - min);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
