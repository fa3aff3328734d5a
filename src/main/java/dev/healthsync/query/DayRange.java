package dev.healthsync.query;

import dev.healthsync.system.InvalidParameterException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Whole local days {@code [from, to)}, for reads that answer per day (sleep, the daily summary) rather than per
 * instant: parsed from {@code from}/{@code to} query parameters given as ISO dates.
 */
public record DayRange(LocalDate from, LocalDate to) {

    /** What a missing bound spans from the other one (or, with neither, up to and including today). */
    public static final int DEFAULT_DAYS = 7;
    /** A year, leap day included: a per-day answer stays one page. */
    public static final int MAX_DAYS = 366;

    /** One day. */
    public static DayRange single(LocalDate day) {
        return new DayRange(day, day.plusDays(1));
    }

    /** The day a required date parameter names; throws naming it when it is missing or no ISO date. */
    public static DayRange day(String name, String value) {
        LocalDate day = date(name, value);
        if (day == null) {
            throw new InvalidParameterException(name, name + " is required (YYYY-MM-DD)");
        }
        return single(day);
    }

    /**
     * Parses the parameters (either may be null or blank): a missing bound is {@link #DEFAULT_DAYS} from the
     * other; with neither, the days end with {@code today}. Throws naming the parameter to fix.
     */
    public static DayRange parse(String from, String to, LocalDate today) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start == null && end == null) {
            end = today.plusDays(1);
        }
        end = end == null ? start.plusDays(DEFAULT_DAYS) : end;
        start = start == null ? end.minusDays(DEFAULT_DAYS) : start;
        if (!end.isAfter(start)) {
            throw new InvalidParameterException("to", "to must be a later date than from");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw new InvalidParameterException("to", "from and to may be at most " + MAX_DAYS + " days apart");
        }
        return new DayRange(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notDate) {
            throw new InvalidParameterException(name, name + " must be an ISO 8601 date (YYYY-MM-DD)");
        }
    }
}
