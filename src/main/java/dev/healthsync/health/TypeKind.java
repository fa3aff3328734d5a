package dev.healthsync.health;

/** Whether a HealthKit sample type carries a measured quantity or an enumerated category value. */
public enum TypeKind {
    QUANTITY,
    CATEGORY
}
