package dev.healthsync.cli.push;

import dev.healthsync.health.Moment;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Date-times as the push apps write them, in the offset the record was written with: the server's identity key
 * uses whole seconds, and its local-day rules use the written offset, so both must survive the trip unchanged.
 * Milliseconds are written only when there are some (export.xml has none; GPX routes sometimes do). Thread-safe.
 */
final class WireDates {

    private WireDates() {
    }

    /** ISO-8601 as {@code ISO8601DateFormatter} writes it: {@code 2025-03-04T07:31:05+01:00}, {@code …05.250Z}. */
    static String iso(Moment moment) {
        StringBuilder text = local(moment, 'T');
        int offset = moment.offsetSeconds();
        if (offset == 0) {
            return text.append('Z').toString();
        }
        return appendOffset(text, offset, true).toString();
    }

    /** Health Auto Export's {@code yyyy-MM-dd HH:mm:ss Z}: {@code 2025-03-04 07:31:05 +0100}. */
    static String autoExport(Moment moment) {
        return appendOffset(local(moment, ' ').append(' '), moment.offsetSeconds(), false).toString();
    }

    private static StringBuilder local(Moment moment, char separator) {
        long millis = moment.epochMillis();
        int fraction = (int) Math.floorMod(millis, 1000L);
        LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L), 0,
                ZoneOffset.ofTotalSeconds(moment.offsetSeconds()));
        StringBuilder text = new StringBuilder(30);
        pad(text, local.getYear(), 4).append('-');
        pad(text, local.getMonthValue(), 2).append('-');
        pad(text, local.getDayOfMonth(), 2).append(separator);
        pad(text, local.getHour(), 2).append(':');
        pad(text, local.getMinute(), 2).append(':');
        pad(text, local.getSecond(), 2);
        if (fraction != 0) {
            pad(text.append('.'), fraction, 3);
        }
        return text;
    }

    private static StringBuilder appendOffset(StringBuilder text, int offsetSeconds, boolean colon) {
        int minutes = Math.abs(offsetSeconds) / 60;
        text.append(offsetSeconds < 0 ? '-' : '+');
        pad(text, minutes / 60, 2);
        if (colon) {
            text.append(':');
        }
        return pad(text, minutes % 60, 2);
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }
}
