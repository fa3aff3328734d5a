package dev.healthsync.imports.reader;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RecordSink;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads a {@code Correlation} (a blood-pressure reading, a meal): its {@code Record}s are read as records of their
 * own, because files trimmed or written by other tools have them only here (a complete export repeats them at the
 * top level, and identity keys make those copies duplicates), and the correlation itself is kept as a document
 * naming its type, times, source and members, so a blood-pressure reading can be shown as one. Not thread-safe.
 */
final class CorrelationElement {

    private final RecordSink sink;
    private final ReadStats stats;
    private final Provenance provenance;
    private final RecordElement records;
    private final Metadata metadata = new Metadata();
    private final SampleAttributes attributes = new SampleAttributes("Correlation", false);

    CorrelationElement(RecordSink sink, ReadStats stats, Provenance provenance, RecordElement records) {
        this.sink = sink;
        this.stats = stats;
        this.provenance = provenance;
        this.records = records;
    }

    /** Reads the {@code Correlation} the reader is at the start of, up to its end. */
    void read(XMLStreamReader2 reader) throws XMLStreamException {
        String path = stats.pathHere("Correlation");
        SampleAttributes a = attributes;
        a.read(reader, stats, path);
        metadata.clear();
        JsonText members = new JsonText().beginArray();
        while (Xml.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "Record" -> member(records.read(reader), members);
                case "MetadataEntry" -> Elements.metadataEntry(reader, metadata, stats, path);
                default -> Elements.unknownElement(reader, stats, path);
            }
        }
        stats.read("Correlation");
        Moment start = ExportDates.parse(a.startDate);
        Moment end = ExportDates.parse(a.endDate);
        if (start == null || end == null) {
            stats.reject(path, a.type, start == null ? "startDate" : "endDate",
                    (start == null ? a.startDate : a.endDate) == null ? "missing" : "is not a date");
            return;
        }
        String metadataJson = metadata.toJson();
        JsonText payload = new JsonText().beginObject()
                .field("type", a.type)
                .field("sourceName", a.sourceName)
                .field("sourceVersion", a.sourceVersion)
                .field("device", a.device)
                .field("creationDate", a.creationDate)
                .field("startDate", a.startDate)
                .field("endDate", a.endDate)
                .name("metadata").raw(metadataJson == null ? "{}" : metadataJson)
                .name("records").raw(members.endArray().toString())
                .endObject();
        sink.document(new RawDocument(path, DocumentKind.CORRELATION, null, start, end,
                provenance.source(a.sourceName, a.sourceVersion), payload.toString()));
    }

    private static void member(RawSample sample, JsonText members) {
        if (sample == null) {
            return;
        }
        members.beginObject().field("type", sample.type());
        members.name("value");
        if (sample.value() != null) {
            members.value(sample.value());
        } else {
            members.value(sample.textValue());
        }
        members.field("unit", sample.unit()).endObject();
    }
}
