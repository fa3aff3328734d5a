package dev.healthsync.storage;

/** A stored user. {@code settingsJson} holds per-user preferences such as the time zone. */
public record UserRecord(long id, String email, String passwordHash, boolean admin, String settingsJson,
                         long createdAt) {
}
