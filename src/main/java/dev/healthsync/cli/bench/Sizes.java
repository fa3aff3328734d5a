package dev.healthsync.cli.bench;

import java.util.Locale;

/** Byte counts as the report prints them. */
final class Sizes {

    private Sizes() {
    }

    /** {@code 412.3 MB}; {@code -} when unknown (negative). */
    static String bytes(long bytes) {
        if (bytes < 0) {
            return "-";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        if (bytes < 10_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    /** Whole megabytes (10^6 bytes, as the targets are written): {@code 412 MB}. */
    static String megabytes(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%d MB", Math.round(bytes / 1e6));
    }
}
