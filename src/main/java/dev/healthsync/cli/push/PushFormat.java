package dev.healthsync.cli.push;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The push contracts {@code push} can replay an export through, by their command-line names. */
public enum PushFormat {

    /** The HealthSync iOS bridge, docs/contracts.md#healthsync-bridge. */
    HEALTHSYNC("healthsync", "/api/apple-health/sync"),
    /** Health Export Pro, docs/contracts.md#health-export-pro. */
    EXPORT_PRO("export-pro", "/api/health-data"),
    /** Health Auto Export, docs/contracts.md#health-auto-export; every point a sample, as with the app's aggregation turned off. */
    AUTO_EXPORT("auto-export", "/api/health-auto-export?aggregation=none");

    private final String cliName;
    private final String path;

    PushFormat(String cliName, String path) {
        this.cliName = cliName;
        this.path = path;
    }

    /** The name on the command line and in the outbox manifest. */
    public String cliName() {
        return cliName;
    }

    /** The endpoint's path and query, appended to the server's URL. */
    String path() {
        return path;
    }

    /** The format with this command-line name, in any letter case. */
    public static PushFormat of(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(PushFormat::cliName).collect(Collectors.joining(", "))));
    }

    BatchEncoder encoder(String deviceId, String appVersion, Clock clock) {
        return switch (this) {
            case HEALTHSYNC -> new HealthSyncEncoder(deviceId, appVersion);
            case EXPORT_PRO -> new ExportProEncoder(clock);
            case AUTO_EXPORT -> new AutoExportEncoder();
        };
    }
}
