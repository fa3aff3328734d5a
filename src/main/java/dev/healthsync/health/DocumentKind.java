package dev.healthsync.health;

/**
 * Record kinds kept whole as JSON documents: rich structures that are read back as they came rather than summed
 * or charted (a medication, an ECG with its voltages, a clinical record).
 */
public enum DocumentKind {
    MEDICATION,
    MEDICATION_DOSE,
    STATE_OF_MIND,
    ECG,
    HEART_RATE_NOTIFICATION,
    CHARACTERISTICS,
    SYMPTOM,
    CYCLE_TRACKING,
    CLINICAL_RECORD,
    AUDIOGRAM,
    VISION_PRESCRIPTION,
    /** A blood-pressure reading or a meal: the export's {@code Correlation}, naming its member records. */
    CORRELATION,
    /** A workout route file that no workout refers to and no workout's time range contains. */
    ROUTE
}
