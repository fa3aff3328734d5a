package dev.healthsync.imports.reader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The StAX setup for exports and GPX files, and small helpers over a reader.
 * <p>
 * Aalto rather than the JDK's parser: it is the fastest here (see docs/stack.md) and it has no
 * {@code jdk.xml.*}-style limits (attribute counts, entity sizes, total size), which a 7 GB export would otherwise
 * trip over. Non-validating, no DTD support (the DTD is stripped beforehand anyway, see {@link DtdStripper}), no
 * external entities; the five predefined entities and character references are replaced. Export files are read
 * without namespace processing (they use none, and it is faster); GPX files with it, so that prefixed extension
 * elements still have plain local names. Element and attribute names are interned, so handlers can switch on
 * them cheaply. The factories are configured once and thread-safe afterwards.
 */
final class Xml {

    private static final XMLInputFactory2 EXPORT = factory(false);
    private static final XMLInputFactory2 GPX = factory(true);

    private Xml() {
    }

    static XMLStreamReader2 exportReader(InputStream in) throws XMLStreamException {
        return (XMLStreamReader2) EXPORT.createXMLStreamReader(in);
    }

    static XMLStreamReader2 gpxReader(InputStream in) throws XMLStreamException {
        return (XMLStreamReader2) GPX.createXMLStreamReader(in);
    }

    /** Moves past the end of the element the reader is at the start of, whatever it contains. */
    static void skip(XMLStreamReader2 reader) throws XMLStreamException {
        reader.skipElement();
    }

    /**
     * Advances to the next child start element of the current element and returns true, or to the current
     * element's end and returns false. Text and comments between children are passed over.
     */
    static boolean nextChild(XMLStreamReader2 reader) throws XMLStreamException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    /** The text content of a simple element ({@code <ele>21.3</ele>}); leaves the reader at its end. */
    static String text(XMLStreamReader2 reader) throws XMLStreamException {
        return reader.getElementText();
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
        // Locations cost little and name the line of a parse error without quoting the document.
        factory.setProperty(XMLInputFactory2.P_PRESERVE_LOCATION, true);
        return factory;
    }
}
