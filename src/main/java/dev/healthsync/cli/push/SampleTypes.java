package dev.healthsync.cli.push;

import dev.healthsync.health.TypeCatalog;

/**
 * Which export record types a push can carry at all. export.xml also lists settings as records
 * ({@code HKDataTypeSleepDurationGoal}); the server refuses those as unknown types, and a batch holding nothing
 * else would be refused whole (422), so they are skipped here, counted, instead.
 */
final class SampleTypes {

    private SampleTypes() {
    }

    /** Null for a quantity or category type the server stores, else the reason it is skipped. */
    static String skipReason(String type) {
        if (type == null || type.isBlank()) {
            return "record without a type";
        }
        if (TypeCatalog.find(type).isPresent()) {
            return null;
        }
        boolean sampleShaped = TypeCatalog.looksLikeHealthKitIdentifier(type)
                && (type.startsWith("HKQuantityTypeIdentifier") || type.startsWith("HKCategoryTypeIdentifier"));
        return sampleShaped ? null : type + ": not a sample type";
    }
}
