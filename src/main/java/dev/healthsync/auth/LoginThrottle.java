package dev.healthsync.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.healthsync.system.ProblemException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Refuses logins for an email from one client address after repeated failures, for the lockout period counted
 * from the last failure. Per node and in memory: a guesser spread over several nodes still meets each node's
 * limit, and BCrypt's cost bounds the rate anyway.
 */
@Component
class LoginThrottle {

    private final Cache<String, AtomicInteger> failures;
    private final int allowed;
    private final long lockoutSeconds;

    LoginThrottle(AuthProperties properties) {
        this.allowed = properties.loginFailures();
        this.lockoutSeconds = properties.loginLockout().toSeconds();
        this.failures = Caffeine.newBuilder().expireAfterWrite(properties.loginLockout()).maximumSize(100_000)
                .build();
    }

    void check(String email, String address) {
        AtomicInteger count = failures.getIfPresent(key(email, address));
        if (count != null && count.get() >= allowed) {
            throw new TooManyAttemptsException(lockoutSeconds);
        }
    }

    void failed(String email, String address) {
        String key = key(email, address);
        AtomicInteger count = failures.get(key, k -> new AtomicInteger());
        count.incrementAndGet();
        failures.put(key, count);
    }

    void succeeded(String email, String address) {
        failures.invalidate(key(email, address));
    }

    private static String key(String email, String address) {
        return (email == null ? "" : email.trim().toLowerCase(Locale.ROOT)) + '|' + address;
    }

    /** 429 with the number of seconds to wait. */
    static final class TooManyAttemptsException extends ProblemException {
        private final long retryAfterSeconds;

        TooManyAttemptsException(long retryAfterSeconds) {
            super(429, "too-many-login-attempts", "too many failed logins; try again later");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("retryAfterSeconds", retryAfterSeconds);
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("Retry-After", Long.toString(retryAfterSeconds));
        }
    }
}
