package dev.healthsync.imports.reader;

import dev.healthsync.health.DeviceInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Keeps a whole element as JSON, for the rare, rich elements stored as documents ({@code Me}, {@code Audiogram},
 * {@code VisionPrescription}, …) and for a workout's {@code WorkoutActivity}: every attribute, as the string the
 * export wrote (so nothing Apple adds later is lost, such as iOS 18's {@code leftEarMasked}); {@code MetadataEntry}
 * children as a {@code metadata} object; every other child as an object in an array named after the element
 * ({@code "SensitivityPoint": [...]}), recursively. A {@code device} attribute becomes its parsed fields, without
 * the per-sample memory address. Members are sorted by name, so the same element always gives the same text.
 * Not thread-safe.
 */
final class ElementJson {

    private final ReadStats stats;
    private final Provenance provenance;

    ElementJson(ReadStats stats, Provenance provenance) {
        this.stats = stats;
        this.provenance = provenance;
    }

    /** One element read whole: its attributes, and the members of its JSON object. */
    static final class Node {
        final Map<String, String> attributes = new TreeMap<>();
        private final Map<String, String> members = new TreeMap<>();
        private final Map<String, List<String>> children = new LinkedHashMap<>();

        String attribute(String name) {
            return attributes.get(name);
        }

        /** Adds or replaces a member whose value is already JSON. */
        void put(String name, String json) {
            members.put(name, json);
        }

        String toJson() {
            JsonText json = new JsonText().beginObject();
            Map<String, String> all = new TreeMap<>(members);
            children.forEach((name, objects) -> all.putIfAbsent(name, "[" + String.join(",", objects) + "]"));
            all.forEach((name, value) -> json.name(name).raw(value));
            return json.endObject().toString();
        }
    }

    /** Reads the element the reader is at the start of, up to its end. */
    Node read(XMLStreamReader2 reader, String path) throws XMLStreamException {
        Node node = new Node();
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String name = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            node.attributes.put(name, value);
            node.members.put(name, "device".equals(name) ? device(value) : new JsonText().value(value).toString());
        }
        Metadata metadata = new Metadata();
        Map<String, Integer> ordinals = new TreeMap<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String child = reader.getLocalName();
                if ("MetadataEntry".equals(child)) {
                    Elements.metadataEntry(reader, metadata, stats, path);
                    continue;
                }
                int ordinal = ordinals.merge(child, 1, Integer::sum) - 1;
                Node nested = read(reader, path + "/" + child + "[" + ordinal + "]");
                stats.read(child);
                node.children.computeIfAbsent(child, k -> new ArrayList<>()).add(nested.toJson());
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        String metadataJson = metadata.toJson();
        if (metadataJson != null) {
            node.members.put("metadata", metadataJson);
        }
        if (!text.toString().isBlank()) {
            node.members.put("text", new JsonText().value(text.toString().strip()).toString());
        }
        return node;
    }

    private String device(String text) {
        DeviceInfo device = provenance.device(text);
        if (device == null) {
            return "null";
        }
        JsonText json = new JsonText().beginObject();
        member(json, "name", device.name());
        member(json, "manufacturer", device.manufacturer());
        member(json, "model", device.model());
        member(json, "hardwareVersion", device.hardwareVersion());
        member(json, "softwareVersion", device.softwareVersion());
        return json.endObject().toString();
    }

    private static void member(JsonText json, String name, String value) {
        if (value != null) {
            json.field(name, value);
        }
    }
}
