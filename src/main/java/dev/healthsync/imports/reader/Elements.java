package dev.healthsync.imports.reader;

import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/** Steps shared by the element readers: metadata entries, and elements or attributes nobody knows. */
final class Elements {

    private Elements() {
    }

    /** Reads a {@code MetadataEntry key value} into {@code into}; leaves the reader at its end. */
    static void metadataEntry(XMLStreamReader2 reader, Metadata into, ReadStats stats, String ownerPath)
            throws XMLStreamException {
        String key = null;
        String value = null;
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String name = reader.getAttributeLocalName(i);
            switch (name) {
                case "key" -> key = reader.getAttributeValue(i);
                case "value" -> value = reader.getAttributeValue(i);
                default -> unknownAttribute("MetadataEntry", name, stats, ownerPath + "/MetadataEntry");
            }
        }
        stats.read("MetadataEntry");
        if (key == null) {
            stats.skipped("MetadataEntry", "key missing");
        } else if (!into.put(key, value)) {
            stats.skipped("MetadataEntry", "key repeated (the first is kept)");
        }
        Xml.skip(reader);
    }

    /** Counts and skips the element the reader is at the start of. */
    static void unknownElement(XMLStreamReader2 reader, ReadStats stats, String ownerPath) throws XMLStreamException {
        stats.unknownElement(reader.getLocalName(), ownerPath);
        Xml.skip(reader);
    }

    static void unknownAttribute(String element, String attribute, ReadStats stats, String path) {
        stats.unknownAttribute(element, attribute, path);
    }

    /** The reader's position for messages: line and column, never content. */
    static String where(XMLStreamReader2 reader) {
        var location = reader.getLocation();
        return location == null ? "" : " at line " + location.getLineNumber() + ", column "
                + location.getColumnNumber();
    }
}
