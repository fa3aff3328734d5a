package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The date forms Health Auto Export writes. Called once per point, so it is read by hand, without exceptions on
 * the common path. Stateless and thread-safe.
 * <ul>
 *   <li>{@code 2025-08-12 00:00:00 +0100}: the app's documented form; the offset may also be {@code +01:00},
 *       {@code +01} or {@code Z}, the separator a {@code T}, the seconds may carry a fraction, and phones set to
 *       a 12-hour clock write {@code 2025-08-12 1:05:00 PM +0100};</li>
 *   <li>without an offset ({@code 2025-08-12 13:05:00}, {@code 2025-08-12 13:05}: CSV files) or without a time
 *       ({@code 2025-08-12}: the aggregated sleep {@code date}, daily CSV rows): read in the user's zone;</li>
 *   <li>epoch seconds, as numbers or digit strings (ECG and heart rate notification times).</li>
 * </ul>
 * Phones set to the Thai Buddhist calendar write the Buddhist-era year (2568 for 2025): a year of 2400 or later is
 * read as Buddhist and 543 is subtracted, since no Gregorian year that late can occur in health data.
 */
final class HaeDates {

    static final String BAD_DATE = "not a date of the form yyyy-MM-dd HH:mm:ss Z";

    private static final int FIRST_BUDDHIST_YEAR = 2400;
    private static final int BUDDHIST_OFFSET = 543;
    /** Epoch values at or above this are milliseconds: as seconds they would be past the year 5000. */
    private static final double EPOCH_MILLIS_THRESHOLD = 1e11;

    private HaeDates() {
    }

    /** The moment written in {@code text}, or null when it is none of the accepted forms. */
    static Moment parse(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.length() >= 9 && isAllDigits(s)) {
            return s.length() > 13 ? null : epoch(Double.parseDouble(s), zone);
        }
        try {
            return parseCalendar(s, zone);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** Epoch seconds (or milliseconds, see the threshold), with the user's offset at that instant. */
    static Moment epoch(double value, ZoneId zone) {
        if (!Double.isFinite(value)) {
            return null;
        }
        long millis = value >= EPOCH_MILLIS_THRESHOLD ? (long) value : Math.round(value * 1000.0);
        int offset = zone.getRules().getOffset(Instant.ofEpochMilli(millis)).getTotalSeconds();
        return new Moment(millis, offset);
    }

    private static Moment parseCalendar(String s, ZoneId zone) {
        int length = s.length();
        if (length < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = ExportDates.digits(s, 0, 4);
        int month = ExportDates.digits(s, 5, 2);
        int day = ExportDates.digits(s, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        if (year >= FIRST_BUDDHIST_YEAR) {
            year -= BUDDHIST_OFFSET;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (length == 10) {
            return Moment.of(date.atStartOfDay(zone).toOffsetDateTime());
        }
        char separator = s.charAt(10);
        if (separator != ' ' && separator != 'T' && separator != 't') {
            return null;
        }
        Cursor c = new Cursor(s, 11);
        int hour = c.number(1, 2);
        if (hour < 0 || !c.skip(':')) {
            return null;
        }
        int minute = c.number(2, 2);
        int second = c.skip(':') ? c.number(2, 2) : 0;
        int nanos = (c.skip('.') || c.skip(',')) ? c.fraction() : 0;
        if (minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return null;
        }
        c.spaces();
        int meridiem = c.meridiem();
        if (meridiem != 0) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (meridiem > 0 ? 12 : 0);
        }
        if (hour > 23) {
            return null;
        }
        c.spaces();
        LocalDateTime local = date.atTime(hour, minute, second, nanos);
        if (c.atEnd()) {
            return Moment.of(local.atZone(zone).toOffsetDateTime());
        }
        int offset = c.offsetSeconds();
        if (offset == Integer.MIN_VALUE || !c.atEnd()) {
            return null;
        }
        long localMillis = local.toLocalDate().toEpochDay() * 86_400_000L
                + local.toLocalTime().toNanoOfDay() / 1_000_000L;
        return new Moment(localMillis - offset * 1000L, offset);
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!ExportDates.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A read position in the time part of a date string. */
    private static final class Cursor {

        private final String s;
        private int i;

        Cursor(String s, int i) {
            this.s = s;
            this.i = i;
        }

        boolean atEnd() {
            return i == s.length();
        }

        boolean skip(char expected) {
            if (i < s.length() && s.charAt(i) == expected) {
                i++;
                return true;
            }
            return false;
        }

        void spaces() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00a0' || s.charAt(i) == '\u202f')) {
                i++;
            }
        }

        /** Between {@code min} and {@code max} digits, or -1. */
        int number(int min, int max) {
            int start = i;
            int value = 0;
            while (i < s.length() && i - start < max && ExportDates.isDigit(s.charAt(i))) {
                value = value * 10 + (s.charAt(i++) - '0');
            }
            return i - start < min ? -1 : value;
        }

        /** One to nine fraction digits as nanoseconds (more are truncated), or -1. */
        int fraction() {
            int start = i;
            int nanos = 0;
            while (i < s.length() && ExportDates.isDigit(s.charAt(i))) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int count = Math.min(i - start, 9);
            if (count == 0) {
                return -1;
            }
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
            return nanos;
        }

        /** -1 for AM, 1 for PM, 0 when neither is written. */
        int meridiem() {
            if (i + 1 < s.length() && (s.charAt(i + 1) | 0x20) == 'm') {
                char c = (char) (s.charAt(i) | 0x20);
                if (c == 'a' || c == 'p') {
                    i += 2;
                    return c == 'a' ? -1 : 1;
                }
            }
            return 0;
        }

        /** {@code Z}, {@code UTC}, {@code GMT} or {@code ±HH[[:]MM]} in seconds, else {@link Integer#MIN_VALUE}. */
        int offsetSeconds() {
            if (skip('Z') || skip('z')) {
                return 0;
            }
            if (s.startsWith("UTC", i) || s.startsWith("GMT", i)) {
                i += 3;
                if (atEnd()) {
                    return 0;
                }
            }
            char sign = i < s.length() ? s.charAt(i) : ' ';
            if (sign != '+' && sign != '-' && sign != '\u2212') {
                return Integer.MIN_VALUE;
            }
            i++;
            int hours = number(2, 2);
            skip(':');
            int minutes = atEnd() ? 0 : number(2, 2);
            if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
                return Integer.MIN_VALUE;
            }
            int seconds = hours * 3_600 + minutes * 60;
            return sign == '+' ? seconds : -seconds;
        }
    }
}
