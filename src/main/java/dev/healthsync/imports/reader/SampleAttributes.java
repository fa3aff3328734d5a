package dev.healthsync.imports.reader;

import org.codehaus.stax2.XMLStreamReader2;

/**
 * The attributes {@code Record} and {@code Correlation} share (a correlation has no unit or value), read by index
 * into one holder that its element reader reuses: {@code Record} is the hot path, run millions of times per export.
 * Not thread-safe; one per element reader, since a correlation's records are read while its own are held.
 */
final class SampleAttributes {

    private final String element;
    private final boolean hasValue;
    String type;
    String sourceName;
    String sourceVersion;
    String device;
    String unit;
    String creationDate;
    String startDate;
    String endDate;
    String value;

    SampleAttributes(String element, boolean hasValue) {
        this.element = element;
        this.hasValue = hasValue;
    }

    /** Reads the attributes of the element the reader is at the start of; unknown ones are reported at {@code path}. */
    void read(XMLStreamReader2 reader, ReadStats stats, String path) {
        type = null;
        sourceName = null;
        sourceVersion = null;
        device = null;
        unit = null;
        creationDate = null;
        startDate = null;
        endDate = null;
        value = null;
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String name = reader.getAttributeLocalName(i);
            switch (name) {
                case "type" -> type = reader.getAttributeValue(i);
                case "sourceName" -> sourceName = reader.getAttributeValue(i);
                case "sourceVersion" -> sourceVersion = reader.getAttributeValue(i);
                case "device" -> device = reader.getAttributeValue(i);
                case "creationDate" -> creationDate = reader.getAttributeValue(i);
                case "startDate" -> startDate = reader.getAttributeValue(i);
                case "endDate" -> endDate = reader.getAttributeValue(i);
                case "unit" -> unit = hasValue ? reader.getAttributeValue(i) : unknown(name, stats, path);
                case "value" -> value = hasValue ? reader.getAttributeValue(i) : unknown(name, stats, path);
                default -> unknown(name, stats, path);
            }
        }
    }

    private String unknown(String attribute, ReadStats stats, String path) {
        Elements.unknownAttribute(element, attribute, stats, path);
        return null;
    }
}
