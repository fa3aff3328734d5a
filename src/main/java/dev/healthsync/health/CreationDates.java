package dev.healthsync.health;

/**
 * Every record in an export carries its creation date, which the reader keeps as the first metadata key,
 * {@code HKExportCreationDate}: as text it is 52 of a heart-rate sample's ~150 stored bytes. {@link #split} takes
 * it out of the metadata so it can be stored as a number, and {@link #join} puts it back, first, as it was
 * written, so what a client reads is exactly what was sent. Metadata that does not begin with the key in exactly
 * the export's date shape is left as it is. Thread-safe.
 */
public final class CreationDates {

    public static final String KEY = "HKExportCreationDate";

    private static final String PREFIX = "{\"" + KEY + "\":\"";
    private static final int DATE_LENGTH = 25;
    private static final int DATE_END = PREFIX.length() + DATE_LENGTH;

    /** The creation date taken out of a metadata object, or none, and the rest of the metadata (null if empty). */
    public record Split(Moment created, String metadataJson) {
    }

    private CreationDates() {
    }

    public static Split split(String metadataJson) {
        if (metadataJson == null || metadataJson.length() < DATE_END + 2 || !metadataJson.startsWith(PREFIX)
                || metadataJson.charAt(DATE_END) != '"') {
            return new Split(null, metadataJson);
        }
        Moment created = ExportDates.parseExact(metadataJson.substring(PREFIX.length(), DATE_END));
        char next = metadataJson.charAt(DATE_END + 1);
        boolean endsHere = metadataJson.length() == DATE_END + 2;
        if (created != null && next == '}' && endsHere) {
            return new Split(created, null);
        }
        if (created != null && next == ',' && !endsHere) {
            return new Split(created, "{" + metadataJson.substring(DATE_END + 2));
        }
        return new Split(null, metadataJson);
    }

    /** The metadata as it was before {@link #split}: the creation date, if any, as its first key. */
    public static String join(Moment created, String metadataJson) {
        if (created == null) {
            return metadataJson;
        }
        String first = PREFIX + ExportDates.format(created) + "\"";
        if (metadataJson == null || metadataJson.equals("{}")) {
            return first + "}";
        }
        return first + "," + metadataJson.substring(1);
    }
}
