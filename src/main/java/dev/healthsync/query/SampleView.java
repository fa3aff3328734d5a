package dev.healthsync.query;

import dev.healthsync.health.CreationDates;
import dev.healthsync.health.Decimals;
import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.storage.StoredSample;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shape of a sample in the read API: pages, NDJSON and exports write the same object. */
public final class SampleView {

    /** Always with seconds: {@code OffsetDateTime.toString()} drops zero seconds, which strict RFC 3339 parsers refuse. */
    public static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private SampleView() {
    }

    public static Map<String, Object> of(StoredSample s, JsonMapper json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", s.id());
        body.put("uuid", s.uuid());
        body.put("type", s.type());
        body.put("value", Decimals.clean(s.value()));
        body.put("unit", s.unit());
        if (s.textValue() != null) {
            body.put("categoryValue", s.textValue());
        }
        if (s.originalUnit() != null) {
            body.put("originalValue", Decimals.clean(s.originalValue()));
            body.put("originalUnit", s.originalUnit());
        }
        body.put("startDate", ISO.format(s.start().toOffsetDateTime()));
        body.put("endDate", ISO.format(s.end().toOffsetDateTime()));
        body.put("source", s.source() == null ? null : source(s.source()));
        body.put("device", s.device() == null ? null : device(s.device()));
        String metadata = CreationDates.join(s.created(), s.metadataJson());
        body.put("metadata", metadata == null ? null : json.readTree(metadata));
        return body;
    }

    /** A source as every read endpoint names it: name, bundle id, version. */
    public static Map<String, Object> source(SourceInfo source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", source.name());
        body.put("bundleId", source.bundleId());
        body.put("version", source.version());
        return body;
    }

    /** A device as every read endpoint names it. */
    public static Map<String, Object> device(DeviceInfo device) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", device.name());
        body.put("manufacturer", device.manufacturer());
        body.put("model", device.model());
        body.put("hardwareVersion", device.hardwareVersion());
        body.put("softwareVersion", device.softwareVersion());
        return body;
    }
}
