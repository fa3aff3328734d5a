package dev.healthsync.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Server-wide settings.
 *
 * @param dataDir  directory holding the SQLite file, uploads, the raw archive and generated secrets
 *                 ({@code HEALTHSYNC_DATA_DIR}, default {@code ./data})
 * @param timeZone IANA zone used to place samples without an {@code HKTimeZone} on a local day when a user has
 *                 set none ({@code HEALTHSYNC_TIME_ZONE}, default: the written offset is used)
 */
@ConfigurationProperties("healthsync")
public record HealthSyncProperties(Path dataDir, String timeZone) {

    public HealthSyncProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
