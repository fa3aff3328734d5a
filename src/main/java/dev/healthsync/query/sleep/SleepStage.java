package dev.healthsync.query.sleep;

import dev.healthsync.health.CategoryValues;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * HealthKit's sleep analysis values, declared in the order that wins when samples of the same rank overlap: a
 * waking moment seen by one sample is not hidden by another one's coarser stage, and InBed (no stage at all)
 * comes last.
 */
enum SleepStage {
    AWAKE, DEEP, REM, CORE, UNSPECIFIED, IN_BED;

    static final String TYPE = "HKCategoryTypeIdentifierSleepAnalysis";

    /** The stage of a stored sample: its code (the normalizer stores one for every sleep sample), else its name. */
    static Optional<SleepStage> of(Double code, String name) {
        OptionalInt known = code != null && code == Math.rint(code) ? OptionalInt.of(code.intValue())
                : name != null ? CategoryValues.code(TYPE, name) : OptionalInt.empty();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return switch (known.getAsInt()) {
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
