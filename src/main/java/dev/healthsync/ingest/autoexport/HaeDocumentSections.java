package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.CategoryValues;
import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RecordSink;
import java.time.ZoneId;
import java.util.OptionalInt;

/**
 * The sections kept as documents: {@code stateOfMind}, {@code medications}, {@code ecg} and
 * {@code heartRateNotifications} always; {@code symptoms} and {@code cycleTracking} only when an entry does not map
 * to a HealthKit category sample (an unknown or localized name, a value the category does not have). A document's
 * payload is the entry as sent, with sorted keys; its times come from {@code start}/{@code end} (date strings or,
 * for ECGs and notifications, epoch seconds). Not thread-safe.
 */
final class HaeDocumentSections {

    static final String STATE_OF_MIND = "stateOfMind";
    static final String MEDICATIONS = "medications";
    static final String SYMPTOMS = "symptoms";
    static final String CYCLE_TRACKING = "cycleTracking";
    static final String ECG = "ecg";
    static final String HEART_RATE_NOTIFICATIONS = "heartRateNotifications";

    private static final String SEXUAL_ACTIVITY = "HKCategoryTypeIdentifierSexualActivity";
    private static final String NOT_APPLICABLE = "NotApplicable";

    private final HaeReader in;
    private final RecordSink sink;
    private final ZoneId zone;

    HaeDocumentSections(HaeReader in) {
        this.in = in;
        this.sink = in.sink();
        this.zone = in.zone();
    }

    static boolean handles(String section) {
        return switch (section) {
            case STATE_OF_MIND, MEDICATIONS, SYMPTOMS, CYCLE_TRACKING, ECG, HEART_RATE_NOTIFICATIONS -> true;
            default -> false;
        };
    }

    /** Reads one entry of {@code section}; the parser is on its start. */
    void read(String section, String path) {
        HaeEntry entry = HaeEntry.read(in, path);
        switch (section) {
            case STATE_OF_MIND -> document(entry, DocumentKind.STATE_OF_MIND, "start", "date");
            case MEDICATIONS -> document(entry, DocumentKind.MEDICATION_DOSE, "start", "scheduledDate", "date");
            case ECG -> document(entry, DocumentKind.ECG, "start", "date");
            case HEART_RATE_NOTIFICATIONS -> document(entry, DocumentKind.HEART_RATE_NOTIFICATION, "start", "date");
            case SYMPTOMS -> {
                if (!category(entry, entry.text("severity", "value"))) {
                    document(entry, DocumentKind.SYMPTOM, "start", "date");
                }
            }
            case CYCLE_TRACKING -> {
                if (!category(entry, entry.text("value", "severity", "flow", "result"))) {
                    document(entry, DocumentKind.CYCLE_TRACKING, "start", "date");
                }
            }
            default -> throw new IllegalArgumentException("not a document section: " + section);
        }
    }

    private void document(HaeEntry entry, DocumentKind kind, String... startFields) {
        Moment start = entry.date(zone, startFields);
        Moment end = entry.date(zone, "end");
        sink.document(new RawDocument(entry.path(), kind, entry.text("id", "uuid"), start, end,
                HaeSources.info(entry.text("source")), entry.payload()));
    }

    /**
     * A symptom or cycle-tracking entry as a category sample, when its name is a category type and its value one
     * of that type's values. A symptom "Present" is HealthKit's unspecified severity; a category without values
     * (spotting, sexual activity) takes any value, kept in metadata.
     */
    private boolean category(HaeEntry entry, String value) {
        String type = HaeCategoryNames.categoryType(entry.text("name", "type"));
        Moment start = entry.date(zone, "start", "date", "startDate");
        if (type == null || start == null) {
            return false;
        }
        boolean valueless = CategoryValues.code(type, NOT_APPLICABLE).isPresent();
        OptionalInt code = value == null ? OptionalInt.empty() : CategoryValues.code(type, value);
        if (code.isEmpty() && value != null && HaeMetricNames.key(value).equals("present")) {
            code = CategoryValues.code(type, "Unspecified");
        }
        if (code.isEmpty() && valueless) {
            code = OptionalInt.of(0);
        }
        if (code.isEmpty()) {
            return false;
        }
        Moment end = entry.date(zone, "end", "endDate");
        HaeJson.Obj metadata = new HaeJson.Obj()
                .put("HKMetadataKeyWasUserEntered", entry.bool("userEntered"))
                .put("HKMetadataKeyMenstrualCycleStart", cycleStart(entry));
        if (valueless && value != null) {
            metadata.put("HAEValue", value);
            if (type.equals(SEXUAL_ACTIVITY)) {
                metadata.put("HKMetadataKeySexualActivityProtectionUsed", protection(value));
            }
        }
        HaeSources.addTo(metadata, entry.text("source"));
        String name = CategoryValues.name(type, code.getAsInt()).orElse(value);
        sink.sample(new RawSample(entry.path(), entry.text("id", "uuid"), type, null, name, null, start,
                end == null ? start : end, HaeSources.info(entry.text("source")), null, metadata.toJson()));
        return true;
    }

    private static Boolean cycleStart(HaeEntry entry) {
        Boolean start = entry.bool("isCycleStart");
        return start != null ? start : entry.bool("cycleStart");
    }

    private static Boolean protection(String value) {
        return switch (HaeMetricNames.key(value)) {
            case "protectionused" -> Boolean.TRUE;
            case "protectionnotused" -> Boolean.FALSE;
            default -> null;
        };
    }
}
