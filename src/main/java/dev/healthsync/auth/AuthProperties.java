package dev.healthsync.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Authentication settings.
 *
 * @param header      an extra header name that carries an API key, for apps that send e.g. {@code X-Auth-Token}
 *                    ({@code HEALTHSYNC_AUTH_HEADER}, default none; {@code Authorization: Bearer},
 *                    {@code X-API-Key} and {@code api-key} are always accepted)
 * @param tokenSecret secret that signs login tokens, at least 32 characters ({@code HEALTHSYNC_TOKEN_SECRET});
 *                    when empty one is generated into {@code <data-dir>/secrets/token-secret}. Several server
 *                    nodes must share it. Never logged
 * @param tokenTtl    lifetime of a login token (default 1h)
 * @param loginFailures failed logins per email and client address before further attempts are refused (default 5)
 * @param loginLockout how long those attempts are refused (default 15m)
 */
@ConfigurationProperties("healthsync.auth")
public record AuthProperties(String header, String tokenSecret, Duration tokenTtl, Integer loginFailures,
                             Duration loginLockout) {

    public AuthProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        loginFailures = loginFailures == null ? 5 : loginFailures;
        loginLockout = loginLockout == null ? Duration.ofMinutes(15) : loginLockout;
    }
}
