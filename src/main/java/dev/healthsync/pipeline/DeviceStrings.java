package dev.healthsync.pipeline;

import dev.healthsync.health.DeviceInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses the {@code device} attribute of export.xml, e.g.
 * {@code <<HKDevice: 0x283f55e00>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,1, software:7.0.1>}.
 * The memory address differs for every sample of the same device and is dropped; values may themselves contain
 * commas ({@code hardware:Watch6,1}), so a field ends only where the next {@code , key:} begins.
 */
public final class DeviceStrings {

    private static final String[] KEYS = {"name", "manufacturer", "model", "hardware", "software", "localIdentifier",
            "UDIDeviceIdentifier", "FDAUDI", "firmware"};

    private DeviceStrings() {
    }

    /** The device's fields, or null for a blank string; a string that is not an HKDevice becomes its name. */
    public static DeviceInfo parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String body = text.strip();
        if (!body.startsWith("<<HKDevice")) {
            return new DeviceInfo(body, null, null, null, null);
        }
        int headerEnd = body.indexOf('>');
        body = body.substring(headerEnd + 1, body.endsWith(">") ? body.length() - 1 : body.length());
        Map<String, String> fields = fields(body);
        return new DeviceInfo(fields.get("name"), fields.get("manufacturer"), fields.get("model"),
                fields.get("hardware"), fields.get("software"));
    }

    private static Map<String, String> fields(String body) {
        Map<String, String> fields = new HashMap<>();
        String currentKey = null;
        int valueStart = 0;
        int i = 0;
        while (i <= body.length()) {
            String nextKey = i == body.length() ? null : keyAt(body, i);
            if (i == body.length() || nextKey != null) {
                if (currentKey != null) {
                    fields.put(currentKey, blankToNull(body.substring(valueStart, i)));
                }
                if (nextKey == null) {
                    break;
                }
                currentKey = nextKey;
                i = body.indexOf(':', i) + 1;
                valueStart = i;
                continue;
            }
            i++;
        }
        return fields;
    }

    /** The key starting a field at {@code i} (a {@code ", key:"} boundary), or null. */
    private static String keyAt(String body, int i) {
        if (body.charAt(i) != ',') {
            return null;
        }
        String rest = body.substring(i + 1).stripLeading();
        for (String key : KEYS) {
            if (rest.startsWith(key + ":")) {
                return key;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
