package dev.healthsync.ingest.decoder;

import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 date-times that carry their offset, as the push apps write them ({@code 2025-03-04T07:31:05+01:00},
 * {@code …05.123+01:00}, {@code …05Z}, {@code …05.123456Z}). Stateless and thread-safe.
 * <p>
 * Decoders call this once per date field, so the usual shape is read by hand without exceptions or
 * intermediate objects; anything else falls back to {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, which
 * defines what is accepted.
 */
public final class IsoDateTimes {

    private static final int SHORTEST = "2025-03-04T07:31:05Z".length();

    private IsoDateTimes() {
    }

    /**
     * The instant and offset written in {@code text}, to the millisecond (finer fractions are truncated),
     * or null when the text is null, not an ISO-8601 date-time, or has no offset.
     */
    public static Moment parseWithOffset(String text) {
        if (text == null) {
            return null;
        }
        Moment moment = parseCommonShape(text);
        if (moment != null) {
            return moment;
        }
        try {
            return Moment.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}; null for anything else, including invalid fields. */
    private static Moment parseCommonShape(String s) {
        int length = s.length();
        if (length < SHORTEST || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) | 0x20) != 't'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = ExportDates.digits(s, 0, 4);
        int month = ExportDates.digits(s, 5, 2);
        int day = ExportDates.digits(s, 8, 2);
        int hour = ExportDates.digits(s, 11, 2);
        int minute = ExportDates.digits(s, 14, 2);
        int second = ExportDates.digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < length && ExportDates.isDigit(s.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offsetSeconds(s, i);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        long localSeconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
        long epochSeconds = localSeconds - offsetSeconds;
        return new Moment(epochSeconds * 1_000L + nanos / 1_000_000, offsetSeconds);
    }

    /** {@code Z} or {@code ±HH:MM} running to the end of the text, else {@link Integer#MIN_VALUE}. */
    private static int offsetSeconds(String s, int i) {
        int length = s.length();
        if (i >= length) {
            return Integer.MIN_VALUE;
        }
        char c = s.charAt(i);
        if ((c | 0x20) == 'z') {
            return i + 1 == length ? 0 : Integer.MIN_VALUE;
        }
        if ((c != '+' && c != '-') || i + 6 != length || s.charAt(i + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int hours = ExportDates.digits(s, i + 1, 2);
        int minutes = ExportDates.digits(s, i + 4, 2);
        if (hours < 0 || minutes < 0 || minutes > 59 || hours > 18 || (hours == 18 && minutes > 0)) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3_600 + minutes * 60;
        return c == '-' ? -seconds : seconds;
    }
}
