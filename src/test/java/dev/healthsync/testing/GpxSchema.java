package dev.healthsync.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Validates a document against the GPX 1.1 schema (src/test/resources/gpx/gpx-1.1.xsd), as a GPX validator does. */
public final class GpxSchema {

    private static final Schema SCHEMA = load();

    private GpxSchema() {
    }

    /** Throws {@link SAXException} naming the first violation's line and column. */
    public static void validate(String gpx) throws SAXException {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(gpx)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(GpxSchema.class.getResource("/gpx/gpx-1.1.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("the GPX 1.1 schema does not load", e);
        }
    }
}
