package dev.healthsync.auth;

import dev.healthsync.storage.ApiKeyRecord;
import dev.healthsync.storage.ApiKeyStore;
import dev.healthsync.system.BadRequestException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;

/** Issuing, listing, revoking and checking API keys; shared by the API and the command line. */
@Service
public class ApiKeyService {

    private static final int MAX_NAME = 100;

    private final ApiKeyStore keys;
    private final ApiKeys material = new ApiKeys();
    private final Clock clock;
    /** Last-used stamps are written off the request thread: they must never wait behind a long import. */
    private final ExecutorService stamps = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "api-key-last-used");
        thread.setDaemon(true);
        return thread;
    });

    ApiKeyService(ApiKeyStore keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The service outside an application context, for command-line tools that open the database directly. */
    public static ApiKeyService standalone(ApiKeyStore keys, Clock clock) {
        return new ApiKeyService(keys, clock);
    }

    /** Creates a key; the plain key is in the result and nowhere else, ever. */
    public CreatedKey create(long userId, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new BadRequestException("name must have 1 to " + MAX_NAME + " characters");
        }
        String key = material.generate();
        ApiKeyRecord record = keys.create(userId, trimmed, ApiKeys.shownPrefix(key), ApiKeys.hash(key),
                clock.millis());
        return new CreatedKey(record, key);
    }

    public List<ApiKeyRecord> list(long userId) {
        return keys.listForUser(userId);
    }

    public boolean revoke(long userId, long keyId) {
        return keys.revoke(userId, keyId, clock.millis());
    }

    /** The active key matching a presented one. */
    Optional<ApiKeyRecord> authenticate(String presented) {
        Optional<ApiKeyRecord> key = keys.findActiveByHash(ApiKeys.hash(presented));
        key.ifPresent(this::stamp);
        return key;
    }

    private void stamp(ApiKeyRecord key) {
        long now = clock.millis();
        if (key.lastUsedAt() == null || key.lastUsedAt() < now - 60_000) {
            stamps.execute(() -> {
                try {
                    keys.touch(key.id(), now);
                } catch (RuntimeException busy) {
                    // A missed stamp is harmless; the next use writes it.
                }
            });
        }
    }

    public record CreatedKey(ApiKeyRecord record, String key) {
    }
}
