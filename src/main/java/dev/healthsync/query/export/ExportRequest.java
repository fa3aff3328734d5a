package dev.healthsync.query.export;

import dev.healthsync.health.TypeCatalog;
import dev.healthsync.query.TimeParameters;
import dev.healthsync.storage.SampleFilter;
import dev.healthsync.system.InvalidParameterException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An export's parameters, checked before the response starts: once the first byte is sent the status is 200
 * whatever happens, so every refusal must happen here.
 */
record ExportRequest(ExportFormat format, SampleFilter filter, String filename) {

    static ExportRequest of(long userId, ExportQuery query) {
        ExportFormat format = ExportFormat.parse(query.format());
        String type = blankToNull(query.type());
        if (type != null && !TypeCatalog.looksLikeHealthKitName(type)) {
            throw new InvalidParameterException("type", "type must be a HealthKit type identifier");
        }
        Long from = TimeParameters.epochMillis("from", query.from());
        Long to = TimeParameters.epochMillis("to", query.to());
        if (from != null && to != null && from >= to) {
            throw new InvalidParameterException("to", "to must be after from");
        }
        SampleFilter filter = new SampleFilter(userId, type, from, to, blankToNull(query.source()),
                blankToNull(query.device()), null);
        String filename = "healthsync-" + (type == null ? "all" : type) + "-" + day(query.from(), "first") + "-"
                + day(query.to(), "last") + "." + format.extension();
        return new ExportRequest(format, filter, filename);
    }

    /** The bound's date as written (its own local date for a date-time), so the name holds no colon or plus sign. */
    private static String day(String bound, String absent) {
        if (bound == null || bound.isBlank()) {
            return absent;
        }
        try {
            return OffsetDateTime.parse(bound).toLocalDate().toString();
        } catch (DateTimeParseException notDateTime) {
            return LocalDate.parse(bound).toString();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
