package dev.healthsync.ingest.exportpro;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.pipeline.RawDocument;
import java.util.Map;
import tools.jackson.core.JsonToken;

/**
 * Reads the records Health Export Pro sends that are kept whole as JSON documents: {@code data.medications}
 * (medication definitions, timeless), {@code data.medicationDoseEvents} (a logged or skipped dose, at the time it
 * was logged, else the time it was scheduled) and {@code characteristics} (sex, birth date, blood type, …).
 * Their fields are not documented, so each record is kept whole with its keys sorted, and only the id, the
 * time and the source are read out of it.
 */
final class ExportProDocumentSection {

    /** Where a dose event's time may be, in order of preference; {@code scheduledDate} only for an unlogged dose. */
    private static final String[] DOSE_DATES = {"startDate", "date", "logDate", "loggedDate", "scheduledDate"};

    private final ExportProReader in;

    ExportProDocumentSection(ExportProReader in) {
        this.in = in;
    }

    /** One element of {@code data.medications}; the parser is on its START_OBJECT. */
    void medication(String path) {
        Map<String, Object> record = record();
        in.sink.document(new RawDocument(path, DocumentKind.MEDICATION, uuid(record), null, null,
                ExportProSource.of(record), in.json(record)));
    }

    /** One element of {@code data.medicationDoseEvents}; throws {@link InvalidField} for a missing or bad time. */
    void dose(String path) {
        Map<String, Object> record = record();
        Moment start = null;
        for (String field : DOSE_DATES) {
            start = date(path, field, record);
            if (start != null) {
                break;
            }
        }
        if (start == null) {
            throw JsonCursor.invalid(path, "startDate", "missing");
        }
        Moment end = date(path, "endDate", record);
        in.sink.document(new RawDocument(path, DocumentKind.MEDICATION_DOSE, uuid(record), start, end,
                ExportProSource.of(record), in.json(record)));
    }

    /** The {@code characteristics} object, top level or in {@code data}; one document, nothing for {@code {}}. */
    void characteristics(String parent, String name) {
        if (!in.section(parent, name, JsonToken.START_OBJECT)) {
            return;
        }
        Map<String, Object> record = record();
        if (!record.isEmpty()) {
            in.sink.document(new RawDocument(JsonPaths.field(parent, name), DocumentKind.CHARACTERISTICS, null, null,
                    null, SourceInfo.UNKNOWN, in.json(record)));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> record() {
        return (Map<String, Object>) in.tree();
    }

    private static String uuid(Map<String, Object> record) {
        String uuid = ExportProJson.text(record.get("uuid"));
        return uuid != null && !uuid.isBlank() ? uuid : ExportProJson.text(record.get("id"));
    }

    /** The field as a date; null when absent or JSON null; a value that is not a date-time is invalid. */
    private static Moment date(String path, String field, Map<String, Object> record) {
        Object value = record.get(field);
        if (value == null || value == ExportProJson.NULL) {
            return null;
        }
        ExportProDates.Parsed parsed = value instanceof String text ? ExportProDates.parse(text) : null;
        if (parsed == null) {
            throw JsonCursor.invalid(path, field, ExportProDates.BAD_DATE);
        }
        return parsed.moment();
    }
}
