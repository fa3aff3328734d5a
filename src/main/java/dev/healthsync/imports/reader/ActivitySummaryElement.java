package dev.healthsync.imports.reader;

import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RecordSink;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads {@code ActivitySummary} (the Activity rings of one day) into a day aggregate of type
 * {@link #TYPE}: the bucket starts at local midnight of {@code dateComponents}, in the offset of the export's
 * {@code ExportDate} (0 when the export has none; the summary names a calendar day, not an instant), and ends a day
 * later. {@code qty} is {@code activeEnergyBurned}; the unit is left null because the summary mixes units
 * (energy, minutes, hours) and the energy's unit is in the extras as {@code activeEnergyBurnedUnit}. Every
 * attribute, known or not, goes into {@code extraJson}: numbers as numbers, the rest as strings. Not thread-safe.
 */
final class ActivitySummaryElement {

    static final String TYPE = "HKActivitySummary";
    private static final long DAY_MILLIS = 86_400_000L;

    private final RecordSink sink;
    private final ReadStats stats;

    ActivitySummaryElement(RecordSink sink, ReadStats stats) {
        this.sink = sink;
        this.stats = stats;
    }

    void read(XMLStreamReader2 reader, int offsetSeconds) throws XMLStreamException {
        String path = stats.pathHere("ActivitySummary");
        Map<String, String> attributes = new TreeMap<>();
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        while (Xml.nextChild(reader)) {
            Elements.unknownElement(reader, stats, path);
        }
        stats.read("ActivitySummary");
        String day = attributes.get("dateComponents");
        if (day == null) {
            stats.reject(path, null, "dateComponents", "missing");
            return;
        }
        long epochDay = ExportDates.parseDay(day.strip());
        if (epochDay == Long.MIN_VALUE) {
            stats.reject(path, null, "dateComponents", "is not a date");
            return;
        }
        long startMillis = epochDay * DAY_MILLIS - offsetSeconds * 1000L;
        JsonText extra = new JsonText().beginObject();
        attributes.forEach((name, value) -> extra.name(name).numberOrString(value));
        sink.aggregate(new RawAggregate(path, TYPE, new Moment(startMillis, offsetSeconds),
                new Moment(startMillis + DAY_MILLIS, offsetSeconds), "day", null,
                Numbers.parse(attributes.get("activeEnergyBurned")), null, null, null,
                extra.endObject().toString(), null));
    }
}
