package dev.healthsync.health;

/**
 * How samples of a quantity type combine over a period, following HealthKit's aggregation style.
 */
public enum Aggregation {
    /** Samples add up over a period, like steps, distance, energy or nutrition. */
    CUMULATIVE,
    /** Samples are levels that are averaged or ranged, like heart rate, body mass or SpO2. */
    DISCRETE
}
