package dev.healthsync.imports.reader;

import dev.healthsync.health.CreationDates;
import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RecordSink;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads {@code Record} elements into samples: the hot path, run millions of times per export, so it reads
 * attributes by index, reuses its metadata buffers and shares sources and devices between records.
 * <p>
 * A numeric {@code value} becomes the sample's value, anything else (a category value name such as
 * {@code HKCategoryValueSleepAnalysisAsleepCore}) its text value; the pipeline resolves names and rejects text on
 * quantity types. {@code creationDate} goes into the metadata as {@code HKExportCreationDate}, as written, and
 * first (the pipeline stores it apart, see {@link CreationDates}); an
 * {@code HeartRateVariabilityMetadataList} as {@code HKHeartbeatSeries}, an array of {@code {"bpm", "time"}}
 * ({@code time} is the export's localized time-of-day text, kept as is). Not thread-safe.
 */
final class RecordElement {

    static final String HEARTBEATS_KEY = "HKHeartbeatSeries";

    private final RecordSink sink;
    private final ReadStats stats;
    private final Provenance provenance;
    private final Metadata metadata = new Metadata();
    private final JsonText beats = new JsonText();
    private final SampleAttributes attributes = new SampleAttributes("Record", true);

    RecordElement(RecordSink sink, ReadStats stats, Provenance provenance) {
        this.sink = sink;
        this.stats = stats;
        this.provenance = provenance;
    }

    /** Reads the {@code Record} the reader is at the start of, up to its end; returns the sample handed on, or null. */
    RawSample read(XMLStreamReader2 reader) throws XMLStreamException {
        String path = stats.pathHere("Record");
        attributes.read(reader, stats, path);
        metadata.clear();
        if (attributes.creationDate != null) {
            metadata.put(CreationDates.KEY, attributes.creationDate);
        }
        while (Xml.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "MetadataEntry" -> Elements.metadataEntry(reader, metadata, stats, path);
                case "HeartRateVariabilityMetadataList" -> heartbeats(reader, path);
                default -> Elements.unknownElement(reader, stats, path);
            }
        }
        stats.read("Record");
        SampleAttributes a = attributes;
        Moment start = ExportDates.parse(a.startDate);
        Moment end = ExportDates.parse(a.endDate);
        if (a.startDate != null && start == null) {
            stats.reject(path, a.type, "startDate", "is not a date");
            return null;
        }
        if (a.endDate != null && end == null) {
            stats.reject(path, a.type, "endDate", "is not a date");
            return null;
        }
        Double number = Numbers.parse(a.value);
        RawSample sample = new RawSample(path, null, a.type, number, number == null ? a.value : null, a.unit, start,
                end, provenance.source(a.sourceName, a.sourceVersion), provenance.device(a.device), metadata.toJson());
        sink.sample(sample);
        return sample;
    }

    private void heartbeats(XMLStreamReader2 reader, String path) throws XMLStreamException {
        stats.read("HeartRateVariabilityMetadataList");
        beats.reset().beginArray();
        String listPath = path + "/HeartRateVariabilityMetadataList";
        while (Xml.nextChild(reader)) {
            if (!"InstantaneousBeatsPerMinute".equals(reader.getLocalName())) {
                Elements.unknownElement(reader, stats, listPath);
                continue;
            }
            String bpm = null;
            String time = null;
            int count = reader.getAttributeCount();
            for (int i = 0; i < count; i++) {
                String name = reader.getAttributeLocalName(i);
                switch (name) {
                    case "bpm" -> bpm = reader.getAttributeValue(i);
                    case "time" -> time = reader.getAttributeValue(i);
                    default -> Elements.unknownAttribute("InstantaneousBeatsPerMinute", name, stats,
                            listPath + "/InstantaneousBeatsPerMinute");
                }
            }
            stats.read("InstantaneousBeatsPerMinute");
            beats.beginObject().name("bpm").numberOrString(bpm).name("time").value(time).endObject();
            Xml.skip(reader);
        }
        metadata.putJson(HEARTBEATS_KEY, beats.endArray().toString());
    }
}
