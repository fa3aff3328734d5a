package dev.healthsync.storage;

/** A stored API key: only its hash and a short prefix for recognizing it in lists are kept. */
public record ApiKeyRecord(long id, long userId, String name, String prefix, long createdAt, Long lastUsedAt,
                           Long revokedAt) {
}
