package dev.healthsync.query.series;

import java.util.Locale;

/**
 * What kind of recorder a source is, for the default ranking of the merge: what a person typed into the Health app
 * outranks a watch, a watch a phone, a phone every other app and device — the order HealthKit itself uses.
 */
enum SourceKind {
    MANUAL, WATCH, PHONE, OTHER;

    private static final String HEALTH_APP = "com.apple.Health";

    /** Classifies a sample by its source, device and whether its metadata marks it as entered by hand. */
    static SourceKind of(String source, String bundleId, String deviceName, String deviceModel, boolean userEntered) {
        if (userEntered || HEALTH_APP.equals(bundleId)) {
            return MANUAL;
        }
        if (mentions(deviceModel, "watch") || mentions(deviceName, "apple watch") || mentions(source, "apple watch")) {
            return WATCH;
        }
        if (mentions(deviceModel, "iphone") || mentions(deviceName, "iphone") || mentions(source, "iphone")) {
            return PHONE;
        }
        return OTHER;
    }

    private static boolean mentions(String text, String word) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(word);
    }
}
