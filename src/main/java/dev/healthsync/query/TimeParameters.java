package dev.healthsync.query;

import dev.healthsync.system.InvalidParameterException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses {@code from}/{@code to} query parameters: an ISO date-time with offset, or a date (midnight UTC). */
public final class TimeParameters {

    private TimeParameters() {
    }

    public static Long epochMillis(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant().toEpochMilli();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeParseException notDate) {
                throw new InvalidParameterException(name, name + " must be an ISO-8601 date-time with offset or a date");
            }
        }
    }
}
