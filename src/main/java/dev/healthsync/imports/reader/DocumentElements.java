package dev.healthsync.imports.reader;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RecordSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the elements kept whole as documents (see {@link ElementJson} for the payload's shape):
 * {@code Me} (characteristics, timeless), {@code ClinicalRecord} (its FHIR resource file, from
 * {@code clinical-records/}, embedded as {@code resource}; uuid = {@code identifier}; dated by
 * {@code receivedDate}), {@code Audiogram} (with its {@code SensitivityPoint}s; dated by start and end) and
 * {@code VisionPrescription} (with its eyes, prisms and attachments; dated by {@code dateIssued}). Not thread-safe.
 */
final class DocumentElements {

    private static final JsonFactory JSON = new JsonFactory();

    private final RecordSink sink;
    private final ReadStats stats;
    private final Provenance provenance;
    private final ExportFiles files;
    private final ElementJson elements;

    DocumentElements(RecordSink sink, ReadStats stats, Provenance provenance, ExportFiles files) {
        this.sink = sink;
        this.stats = stats;
        this.provenance = provenance;
        this.files = files;
        this.elements = new ElementJson(stats, provenance);
    }

    /** Reads the document element the reader is at the start of, named {@code element}. */
    void read(XMLStreamReader2 reader, String element) throws XMLStreamException {
        String path = stats.pathHere(element);
        ElementJson.Node node = elements.read(reader, path);
        stats.read(element);
        switch (element) {
            case "Me" -> sink.document(new RawDocument("Me", DocumentKind.CHARACTERISTICS, null, null, null, null,
                    node.toJson()));
            case "ClinicalRecord" -> clinicalRecord(node, path);
            case "Audiogram" -> sink.document(new RawDocument(path, DocumentKind.AUDIOGRAM, null,
                    date(node, "startDate", path), date(node, "endDate", path), source(node), node.toJson()));
            case "VisionPrescription" -> sink.document(new RawDocument(path, DocumentKind.VISION_PRESCRIPTION, null,
                    date(node, "dateIssued", path), null, source(node), node.toJson()));
            default -> throw new IllegalArgumentException("not a document element: " + element);
        }
    }

    private void clinicalRecord(ElementJson.Node node, String path) {
        String reference = node.attribute("resourceFilePath");
        String relative = ExportFiles.relative(reference);
        if (reference != null) {
            String resource = relative == null ? null : resource(relative, path);
            if (resource != null) {
                node.put("resource", resource);
                stats.read("FhirResource");
            } else {
                stats.warningAt(path, "FHIR resource " + (relative == null ? "(outside the export)" : relative)
                        + " is not in the export or not JSON; record kept without it");
            }
        }
        sink.document(new RawDocument(path, DocumentKind.CLINICAL_RECORD, node.attribute("identifier"),
                date(node, "receivedDate", path), null, source(node), node.toJson()));
    }

    /** The resource file as compact JSON, or null when missing or not JSON. */
    private String resource(String relative, String path) {
        try (InputStream in = files.open(relative)) {
            if (in == null) {
                return null;
            }
            StringWriter out = new StringWriter();
            try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in);
                 JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
                if (parser.nextToken() == null) {
                    return null;
                }
                generator.copyCurrentStructureExact(parser);
            }
            return out.toString();
        } catch (JacksonException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + relative + " for " + path, e);
        }
    }

    private Moment date(ElementJson.Node node, String attribute, String path) {
        String text = node.attribute(attribute);
        Moment moment = ExportDates.parse(text);
        if (text != null && moment == null) {
            stats.warningAt(path, attribute + " is not a date; kept without it");
        }
        return moment;
    }

    private SourceInfo source(ElementJson.Node node) {
        return provenance.source(node.attribute("sourceName"), node.attribute("sourceVersion"));
    }
}
