package dev.healthsync.cli.bench;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The floors the import and the push are measured against: what merely parsing the same bytes costs, with nothing
 * built from them. The XML floor inflates the export's XML and every GPX file from the same zip and runs Aalto,
 * set up as the export reader sets it up, over them, touching every attribute value and every GPX text; the JSON
 * floor runs Jackson's streaming parser over the push body, touching every string and number. Neither can be
 * beaten by a reader that must also look at every value.
 */
final class Floors {

    private static final XMLInputFactory2 EXPORT = factory(false);
    private static final XMLInputFactory2 GPX = factory(true);

    private Floors() {
    }

    /** Parses the export XML and the GPX files of a generated {@code export.zip}; returns the bytes parsed. */
    static long xml(Path zip) throws IOException, XMLStreamException {
        long bytes = 0;
        long touched = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean export = name.equals(ExportGenerator.FOLDER + "export.xml");
                if (export || name.endsWith(".gpx")) {
                    try (InputStream in = new BufferedInputStream(file.getInputStream(entry), 1 << 16)) {
                        touched += parse((export ? EXPORT : GPX).createXMLStreamReader(in), !export);
                    }
                    bytes += entry.getSize();
                }
            }
        }
        if (touched == 0) {
            throw new IllegalStateException("nothing parsed in " + zip);
        }
        return bytes;
    }

    /** Parses a JSON body; returns its bytes. */
    static long json(Path body) throws IOException {
        long touched = 0;
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), body.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case VALUE_STRING, PROPERTY_NAME -> touched += parser.getString().length();
                    case VALUE_NUMBER_INT -> touched += parser.getLongValue() & 1;
                    case VALUE_NUMBER_FLOAT -> touched += (long) parser.getDoubleValue() & 1;
                    default -> touched++;
                }
            }
        }
        if (touched == 0) {
            throw new IllegalStateException("nothing parsed in " + body);
        }
        return Files.size(body);
    }

    /** Touches every attribute value and, in GPX files (whose values are texts), every text. */
    private static long parse(XMLStreamReader reader, boolean texts) throws XMLStreamException {
        long touched = 0;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    int count = reader.getAttributeCount();
                    for (int i = 0; i < count; i++) {
                        touched += reader.getAttributeValue(i).length();
                    }
                } else if (texts && event == XMLStreamConstants.CHARACTERS) {
                    touched += reader.getTextLength();
                }
            }
        } finally {
            reader.close();
        }
        return touched;
    }

    private static XMLInputFactory2 factory(boolean namespaces) {
        InputFactoryImpl factory = new InputFactoryImpl();
        factory.configureForSpeed();
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaces);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory2.P_INTERN_NAMES, true);
        factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, true);
        factory.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, false);
        return factory;
    }
}
