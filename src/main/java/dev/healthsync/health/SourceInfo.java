package dev.healthsync.health;

import java.text.Normalizer;
import java.util.Locale;

/** The app or device that wrote a record, as HealthKit names it ({@code HKSource} and its revision). */
public record SourceInfo(String name, String bundleId, String version) {

    public static final SourceInfo UNKNOWN = new SourceInfo("", null, null);

    /** Whether the sender named no source at all. */
    public boolean unnamed() {
        return (name == null || name.isBlank()) && bundleId == null && version == null;
    }

    /**
     * The name as used in identity keys: the same source is spelled with curly or straight apostrophes,
     * different Unicode forms and stray whitespace depending on the channel that carried it.
     */
    public String normalizedName() {
        return normalizeName(name);
    }

    public static String normalizeName(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                .replace('\u00a0', ' ');
        return folded.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
