package dev.healthsync.ingest.exportpro;

import dev.healthsync.health.Moment;
import dev.healthsync.ingest.decoder.IsoDateTimes;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The date-times Health Export Pro writes. Its guide promises only "ISO 8601", and an iOS app may format
 * dates with {@code ISO8601DateFormatter} ({@code …05.123Z}, {@code …05+01:00}) or with a {@code DateFormatter}
 * pattern ({@code …05+0100}, no offset at all), so all of those are read. A date without an offset is taken as
 * UTC and flagged, because guessing another zone would silently shift it. Stateless and thread-safe.
 */
final class ExportProDates {

    static final String BAD_DATE = "not an ISO-8601 date-time";

    /** Lenient fallback; the usual shapes never reach it. Offsets are parsed leniently: +01, +0100, +01:00, Z. */
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .parseLenient()
            .appendOffset("+HH", "Z")
            .parseStrict()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /** A parsed date; {@code assumedUtc} when the text carried no offset. */
    record Parsed(Moment moment, boolean assumedUtc) {
    }

    private ExportProDates() {
    }

    /** The instant written in {@code text} to the millisecond, or null when it is not an ISO-8601 date-time. */
    static Parsed parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11).strip().replace(" ", "");
        }
        boolean hasOffset = hasOffset(s);
        // The hand-written parser of the bridge covers the common shapes without exceptions; a missing offset
        // is read through it as Z so that a whole body of offset-less dates stays on the fast path.
        Moment fast = IsoDateTimes.parseWithOffset(hasOffset ? s : s + "Z");
        if (fast != null) {
            return new Parsed(fast, !hasOffset);
        }
        try {
            TemporalAccessor parsed = LENIENT.parse(s);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return new Parsed(Moment.of(OffsetDateTime.from(parsed)), false);
            }
            return new Parsed(Moment.of(LocalDateTime.from(parsed).atOffset(ZoneOffset.UTC)), true);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** Whether the time part (after the date) ends in Z or a signed offset. */
    private static boolean hasOffset(String s) {
        for (int i = 11; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return true;
            }
        }
        return false;
    }
}
