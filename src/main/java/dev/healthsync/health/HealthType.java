package dev.healthsync.health;

/**
 * A HealthKit sample type known to the server.
 *
 * @param identifier    the HealthKit identifier, e.g. {@code HKQuantityTypeIdentifierStepCount}
 * @param kind          quantity or category
 * @param canonicalUnit the HealthKit unit string values are stored in; {@code null} for category types
 * @param aggregation   how values combine over a period; always {@link Aggregation#DISCRETE} for categories
 */
public record HealthType(String identifier, TypeKind kind, String canonicalUnit, Aggregation aggregation) {
}
