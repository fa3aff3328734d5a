package dev.healthsync.ingest.autoexport;

/** Workout durations written as text: {@code 00:58:41}, {@code 1:02:30}, {@code 32:15}, {@code 1130.08}. */
final class HaeDurations {

    private HaeDurations() {
    }

    /** The duration in seconds, or null when the text is none of the accepted forms. */
    static Double seconds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.indexOf(':') < 0) {
            return HaeReader.parseNumber(s);
        }
        String[] parts = s.split(":", -1);
        if (parts.length > 3) {
            return null;
        }
        double seconds = 0;
        for (int i = 0; i < parts.length; i++) {
            Double part = HaeReader.parseNumber(parts[i]);
            if (part == null || part < 0 || (i > 0 && part >= 60)) {
                return null;
            }
            seconds = seconds * 60 + part;
        }
        return seconds;
    }
}
