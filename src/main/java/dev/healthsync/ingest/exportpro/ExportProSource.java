package dev.healthsync.ingest.exportpro;

import dev.healthsync.health.SourceInfo;
import java.util.Map;

/**
 * Collects a record's source from wherever the app put it: a {@code source} object {@code {name, bundleId,
 * version}}, a {@code source} string (the name), or flat {@code sourceName}/{@code sourceBundleId}/
 * {@code sourceVersion} fields, in any order. The {@code source} value wins; flat fields fill what it lacks.
 */
final class ExportProSource {

    static final String[] FLAT_FIELDS = {"sourceName", "sourceBundleId", "sourceBundleIdentifier", "sourceVersion"};

    private String name;
    private String bundleId;
    private String version;
    private String flatName;
    private String flatBundleId;
    private String flatVersion;

    void object(String name, String bundleId, String version) {
        this.name = name;
        this.bundleId = bundleId;
        this.version = version;
    }

    /** One of the {@link #FLAT_FIELDS}. */
    void flat(String field, String value) {
        switch (field) {
            case "sourceName" -> flatName = value;
            case "sourceBundleId", "sourceBundleIdentifier" -> flatBundleId = value;
            case "sourceVersion" -> flatVersion = value;
            default -> throw new IllegalArgumentException("not a source field: " + field);
        }
    }

    SourceInfo toSourceInfo() {
        String n = name != null ? name : flatName;
        String b = bundleId != null ? bundleId : flatBundleId;
        String v = version != null ? version : flatVersion;
        if (n == null && b == null && v == null) {
            return SourceInfo.UNKNOWN;
        }
        return new SourceInfo(n == null ? "" : n, b, v);
    }

    /** The same rules over a record already held as a tree (documents). */
    static SourceInfo of(Map<String, Object> record) {
        ExportProSource source = new ExportProSource();
        Object value = record.get("source");
        if (value instanceof Map<?, ?> object) {
            source.object(ExportProJson.text(object.get("name")), bundleId(object),
                    ExportProJson.text(object.get("version")));
        } else if (value instanceof String text) {
            source.object(text, null, null);
        }
        for (String field : FLAT_FIELDS) {
            String text = ExportProJson.text(record.get(field));
            if (text != null) {
                source.flat(field, text);
            }
        }
        return source.toSourceInfo();
    }

    private static String bundleId(Map<?, ?> object) {
        String bundleId = ExportProJson.text(object.get("bundleId"));
        return bundleId != null ? bundleId : ExportProJson.text(object.get("bundleIdentifier"));
    }
}
