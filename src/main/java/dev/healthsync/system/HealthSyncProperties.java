package dev.healthsync.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Server-wide settings.
 *
 * @param dataDir   directory holding the SQLite file, uploads, the raw archive and generated secrets
 *                  ({@code HEALTHSYNC_DATA_DIR}, default {@code ./data})
 * @param timeZone  IANA zone used to place samples without an {@code HKTimeZone} on a local day when a user has
 *                  set none ({@code HEALTHSYNC_TIME_ZONE}, default: the written offset is used)
 * @param publicUrl the address phones reach the server at, such as {@code https://health.example.com}, scheme,
 *                  host and port without a trailing slash, for the URLs the dashboard tells each app
 *                  ({@code HEALTHSYNC_PUBLIC_URL}, default: the scheme, host and port each request was sent to,
 *                  which honours {@code X-Forwarded-*} only with {@code server.forward-headers-strategy} set)
 */
@ConfigurationProperties("healthsync")
public record HealthSyncProperties(Path dataDir, String timeZone, String publicUrl) {

    public HealthSyncProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.trim().replaceAll("/+$", "");
        if (publicUrl != null && !publicUrl.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalArgumentException("HEALTHSYNC_PUBLIC_URL must be an http:// or https:// URL");
        }
    }
}
