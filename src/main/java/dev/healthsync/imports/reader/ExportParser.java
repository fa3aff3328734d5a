package dev.healthsync.imports.reader;

import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RecordSink;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Walks the children of {@code HealthData} and hands each to its element reader as it comes, so memory stays flat
 * whatever the export's size: one element (one workout with its route at most) is in memory at a time.
 * A {@code Correlation}'s records are read like top-level ones (see {@link CorrelationElement}). Elements this
 * reader does not know are counted and skipped. Not thread-safe: one per read.
 */
final class ExportParser {

    private final ReadStats stats;
    private final RecordElement records;
    private final WorkoutElement workouts;
    private final ActivitySummaryElement summaries;
    private final DocumentElements documents;
    private final CorrelationElement correlations;
    private int exportOffsetSeconds;

    ExportParser(RecordSink sink, ReadStats stats, ExportFiles files) {
        this.stats = stats;
        Provenance provenance = new Provenance();
        this.records = new RecordElement(sink, stats, provenance);
        this.workouts = new WorkoutElement(sink, stats, provenance, files);
        this.summaries = new ActivitySummaryElement(sink, stats);
        this.documents = new DocumentElements(sink, stats, provenance, files);
        this.correlations = new CorrelationElement(sink, stats, provenance, records);
    }

    /** Route files the export's workouts referred to (see {@link ExportFiles#relative}). */
    java.util.Set<String> referencedRoutes() {
        return workouts.referencedRoutes();
    }

    /** Reads the export XML (already filtered and without its DTD) to its root's end. */
    void parse(InputStream xml) {
        XMLStreamReader2 reader = null;
        try {
            reader = Xml.exportReader(xml);
            stats.readingExport(reader);
            root(reader);
            while (Xml.nextChild(reader)) {
                String element = reader.getLocalName();
                switch (element) {
                    case "Record" -> records.read(reader);
                    case "Workout" -> workouts.read(reader);
                    case "ActivitySummary" -> summaries.read(reader, exportOffsetSeconds);
                    case "Correlation" -> correlations.read(reader);
                    case "ExportDate" -> exportDate(reader);
                    case "Me", "ClinicalRecord", "Audiogram", "VisionPrescription" -> documents.read(reader, element);
                    default -> Elements.unknownElement(reader, stats, "");
                }
            }
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                // a corrupt zip entry or a truncated gzip stream, not bad XML
                throw new java.io.UncheckedIOException(io);
            }
            // Aalto's message may quote the document; only the position is passed on.
            throw new UnreadableExportException("the export XML is not well-formed"
                    + (reader == null ? "" : Elements.where(reader)));
        } finally {
            stats.readingExport(null);
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // the stream is closed by its owner
                }
            }
        }
    }

    private void root(XMLStreamReader2 reader) throws XMLStreamException {
        while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, comments, whitespace
        }
        if (!reader.isStartElement()) {
            throw new UnreadableExportException("the file holds no XML element");
        }
        String root = reader.getLocalName();
        if ("ClinicalDocument".equals(root)) {
            throw new UnreadableExportException("this is export_cda.xml, a CDA copy of the data; read export.xml");
        }
        if (!ExportLocator.ROOT.equals(root)) {
            throw new UnreadableExportException("the root element is " + root + ", not HealthData");
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String name = reader.getAttributeLocalName(i);
            if (!"locale".equals(name)) {
                Elements.unknownAttribute("HealthData", name, stats, "HealthData");
            }
        }
    }

    private void exportDate(XMLStreamReader2 reader) throws XMLStreamException {
        Moment date = ExportDates.parse(reader.getAttributeValue(null, "value"));
        Xml.skip(reader);
        stats.read("ExportDate");
        if (date == null) {
            stats.warning("ExportDate", "not a date; activity summaries are placed in UTC days");
        } else {
            exportOffsetSeconds = date.offsetSeconds();
        }
    }
}
