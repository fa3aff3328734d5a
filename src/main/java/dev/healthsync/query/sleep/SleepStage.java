package dev.healthsync.query.sleep;

import java.util.Optional;

/**
 * HealthKit's sleep analysis values, declared in the order that wins when samples of the same rank overlap: a
 * waking moment seen by one sample is not hidden by another one's coarser stage, and InBed (no stage at all)
 * comes last.
 */
enum SleepStage {
    AWAKE, DEEP, REM, CORE, UNSPECIFIED, IN_BED;

    static final String TYPE = "HKCategoryTypeIdentifierSleepAnalysis";

    /** The stage of a stored sample's code (the normalizer stores HealthKit's code for every sleep sample). */
    static Optional<SleepStage> of(Double code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.intValue()) {
            case 0 -> Optional.of(IN_BED);
            case 1 -> Optional.of(UNSPECIFIED);
            case 2 -> Optional.of(AWAKE);
            case 3 -> Optional.of(CORE);
            case 4 -> Optional.of(DEEP);
            case 5 -> Optional.of(REM);
            default -> Optional.empty();
        };
    }

    boolean asleep() {
        return this != AWAKE && this != IN_BED;
    }
}
