package dev.healthsync.health;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * Dates as export.xml and its GPX files write them. Every record carries three of them, so the common shapes are
 * read at fixed positions with plain arithmetic (no {@code DateTimeFormatter}, no intermediate objects); rarer
 * shapes fall back to formatters.
 * <ul>
 *   <li>{@code 2019-07-19 10:36:11 -0700}: every export since iOS 9;</li>
 *   <li>{@code 20141106201815-0700}: the compact form of the first HealthKit exports (iOS 8);</li>
 *   <li>{@code 2019-06-11T22:00:35Z}, with optional fraction and {@code ±HH:MM}: GPX route files.</li>
 * </ul>
 * Thread-safe.
 */
public final class ExportDates {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    /** Shapes seen in third-party tools that rewrote exports; tried only when the fast paths fail. */
    private static final List<DateTimeFormatter> FALLBACKS = List.of(
            strict(new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd HH:mm:ss")
                    .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                    .appendPattern(" xx")),
            strict(new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd HH:mm:ss")
                    .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                    .appendPattern(" xxx")),
            strict(new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd HH:mm xx")),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    private ExportDates() {
    }

    /** The moment a date attribute names, or null when it is not a date in any known shape. */
    public static Moment parse(CharSequence text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        Moment fast = length == 25 ? spaced(text) : length == 19 ? compact(text) : null;
        if (fast != null) {
            return fast;
        }
        if (length >= 20 && text.charAt(10) == 'T') {
            return parseIso(text);
        }
        return fallback(text.toString().strip());
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fff…](Z|±HH:MM|±HHMM)}, as GPX files write times; null otherwise. */
    public static Moment parseIso(CharSequence s) {
        if (s == null || s.length() < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return s == null ? null : fallback(s.toString().strip());
        }
        int i = 19;
        int millis = 0;
        if (s.charAt(i) == '.') {
            i++;
            int digits = 0;
            while (i < s.length() && isDigit(s.charAt(i))) {
                if (digits < 3) {
                    millis = millis * 10 + (s.charAt(i) - '0');
                }
                digits++;
                i++;
            }
            if (digits == 0) {
                return null;
            }
            for (int d = digits; d < 3; d++) {
                millis *= 10;
            }
        }
        int offset;
        int rest = s.length() - i;
        if (rest == 1 && s.charAt(i) == 'Z') {
            offset = 0;
        } else if (rest == 6 && s.charAt(i + 3) == ':') {
            offset = offset(s, i, i + 1, i + 4);
        } else if (rest == 5) {
            offset = offset(s, i, i + 1, i + 3);
        } else {
            return fallback(s.toString().strip());
        }
        return moment(s, 0, 5, 8, 11, 14, 17, millis, offset);
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil). */
    public static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** A {@code yyyy-MM-dd} date as days since the epoch, or {@link Long#MIN_VALUE} when it is not one. */
    public static long parseDay(CharSequence s) {
        if (s == null || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return Long.MIN_VALUE;
        }
        return epochDay(year, month, day);
    }

    /**
     * A date in exactly the shape {@link #format} writes ({@code 2019-07-19 10:36:11 -0700}), so that formatting
     * the moment gives the same text back; null for anything else, including the other shapes {@link #parse}
     * accepts and a zero offset written {@code -0000}.
     */
    public static Moment parseExact(CharSequence text) {
        if (text == null || text.length() != 25 || (text.charAt(20) == '-' && text.charAt(21) == '0'
                && text.charAt(22) == '0' && text.charAt(23) == '0' && text.charAt(24) == '0')) {
            return null;
        }
        return spaced(text);
    }

    /** {@code yyyy-MM-dd HH:mm:ss ±HHMM} at the moment's own offset, as exports write dates. */
    public static String format(Moment moment) {
        int offset = moment.offsetSeconds();
        long local = Math.floorDiv(moment.epochMillis(), 1000) + offset;
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        int second = (int) Math.floorMod(local, SECONDS_PER_DAY);
        long[] date = civil(day);
        int absOffset = Math.abs(offset);
        StringBuilder out = new StringBuilder(25);
        pad(out, date[0], 4).append('-');
        pad(out, date[1], 2).append('-');
        pad(out, date[2], 2).append(' ');
        pad(out, second / 3600, 2).append(':');
        pad(out, second / 60 % 60, 2).append(':');
        pad(out, second % 60, 2).append(' ').append(offset < 0 ? '-' : '+');
        pad(out, absOffset / 3600, 2);
        return pad(out, absOffset / 60 % 60, 2).toString();
    }

    /** Year, month and day of an epoch day (H. Hinnant's civil_from_days, the inverse of {@link #epochDay}). */
    public static long[] civil(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        return new long[] {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
    }

    private static StringBuilder pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /** {@code yyyy-MM-dd HH:mm:ss ±HHMM}. */
    private static Moment spaced(CharSequence s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' ' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(19) != ' ') {
            return null;
        }
        int offset = offset(s, 20, 21, 23);
        return moment(s, 0, 5, 8, 11, 14, 17, 0, offset);
    }

    /** {@code yyyyMMddHHmmss±HHMM}. */
    private static Moment compact(CharSequence s) {
        int offset = offset(s, 14, 15, 17);
        return moment(s, 0, 4, 6, 8, 10, 12, 0, offset);
    }

    private static Moment moment(CharSequence s, int yearAt, int monthAt, int dayAt, int hourAt, int minuteAt,
                                 int secondAt, int millis, int offset) {
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        int year = digits(s, yearAt, 4);
        int month = digits(s, monthAt, 2);
        int day = digits(s, dayAt, 2);
        int hour = digits(s, hourAt, 2);
        int minute = digits(s, minuteAt, 2);
        int second = digits(s, secondAt, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        long local = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        return new Moment((local - offset) * 1000L + millis, offset);
    }

    /** Offset seconds of {@code ±HH[:]MM} with the sign at {@code signAt}, or {@link Integer#MIN_VALUE}. */
    private static int offset(CharSequence s, int signAt, int hoursAt, int minutesAt) {
        char sign = s.charAt(signAt);
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int hours = digits(s, hoursAt, 2);
        int minutes = digits(s, minutesAt, 2);
        if (hours < 0 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (seconds > MAX_OFFSET_SECONDS) {
            return Integer.MIN_VALUE;
        }
        return sign == '-' ? -seconds : seconds;
    }

    /** The non-negative number written by {@code count} ASCII digits at {@code from}, or -1. */
    public static int digits(CharSequence s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Strict, so that 29 February of a common year or 24:00 are refused rather than moved to another day. */
    private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
        return builder.toFormatter(java.util.Locale.ROOT).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    private static Moment fallback(String text) {
        for (DateTimeFormatter formatter : FALLBACKS) {
            try {
                return Moment.of(OffsetDateTime.parse(text, formatter));
            } catch (DateTimeException e) {
                // not this shape; try the next one
            }
        }
        return null;
    }
}
