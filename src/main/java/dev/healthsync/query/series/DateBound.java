package dev.healthsync.query.series;

import dev.healthsync.system.InvalidParameterException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A {@code from} or {@code to} parameter: a calendar date (the start of that day, in the frame of the series) or an
 * instant with its offset.
 */
record DateBound(LocalDate date, OffsetDateTime instant) {

    static DateBound parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new DateBound(null, OffsetDateTime.parse(value.trim()));
        } catch (DateTimeParseException notInstant) {
            try {
                return new DateBound(LocalDate.parse(value.trim()), null);
            } catch (DateTimeParseException notDate) {
                throw new InvalidParameterException(name, name
                        + " must be an ISO 8601 date (2024-03-01) or date-time with offset (2024-03-01T08:00:00Z)");
            }
        }
    }

    static DateBound ofMillis(long epochMillis) {
        return new DateBound(null, OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(epochMillis),
                java.time.ZoneOffset.UTC));
    }

    /** The instant this bound means in {@code zone}: a date is that zone's midnight. */
    long epochMillis(ZoneId zone) {
        return date != null ? date.atStartOfDay(zone).toInstant().toEpochMilli()
                : instant.toInstant().toEpochMilli();
    }

    /** The date this bound falls on; with {@code roundUp}, an instant after midnight counts its whole day. */
    LocalDate localDate(boolean roundUp) {
        if (date != null) {
            return date;
        }
        LocalDate day = instant.toLocalDate();
        return roundUp && !instant.toLocalTime().equals(LocalTime.MIDNIGHT) ? day.plusDays(1) : day;
    }
}
