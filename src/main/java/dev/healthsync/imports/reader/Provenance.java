package dev.healthsync.imports.reader;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.pipeline.DeviceStrings;
import java.util.HashMap;
import java.util.Map;

/**
 * Sources and devices of records, shared between records that name the same ones. An export writes the same few
 * dozen sources and devices millions of times, in runs; parsing the device string each time would dominate the
 * cost of a record. The device string's memory address ({@code <<HKDevice: 0x283f55e00>}) differs between
 * samples of the same device, so the cache key is the part after it. Not thread-safe.
 */
final class Provenance {

    /** Bounds the caches; an export has far fewer distinct devices, this only guards against odd files. */
    private static final int MAX_ENTRIES = 4096;

    private final Map<String, DeviceInfo> devices = new HashMap<>();
    private final Map<String, Map<String, SourceInfo>> sources = new HashMap<>();
    private String lastSourceName;
    private String lastSourceVersion;
    private SourceInfo lastSource;
    private String lastDeviceText;
    private int lastDeviceFrom;
    private DeviceInfo lastDevice;

    /** The source of a record; export.xml names no bundle id. Null when neither name nor version is given. */
    SourceInfo source(String name, String version) {
        if (name == null && version == null) {
            return null;
        }
        if (lastSource != null && java.util.Objects.equals(name, lastSourceName)
                && java.util.Objects.equals(version, lastSourceVersion)) {
            return lastSource;
        }
        Map<String, SourceInfo> versions = sources.get(name == null ? "" : name);
        if (versions == null) {
            if (sources.size() >= MAX_ENTRIES) {
                sources.clear();
            }
            versions = new HashMap<>();
            sources.put(name == null ? "" : name, versions);
        }
        String versionKey = version == null ? "" : version;
        SourceInfo source = versions.get(versionKey);
        if (source == null) {
            source = new SourceInfo(name == null ? "" : name, null, version);
            versions.put(versionKey, source);
        }
        lastSourceName = name;
        lastSourceVersion = version;
        lastSource = source;
        return source;
    }

    /** The parsed device string without its memory address, or null for none. */
    DeviceInfo device(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int from = text.startsWith("<<HKDevice") ? text.indexOf('>') + 1 : 0;
        int length = text.length() - from;
        // Records come in runs from one device: comparing in place with the last one avoids a key per record.
        if (lastDeviceText != null && length == lastDeviceText.length() - lastDeviceFrom
                && text.regionMatches(from, lastDeviceText, lastDeviceFrom, length)) {
            return lastDevice;
        }
        String key = text.substring(from);
        DeviceInfo device = devices.get(key);
        if (device == null) {
            if (devices.size() >= MAX_ENTRIES) {
                devices.clear();
            }
            device = DeviceStrings.parse(text);
            devices.put(key, device);
        }
        lastDeviceText = text;
        lastDeviceFrom = from;
        lastDevice = device;
        return device;
    }
}
