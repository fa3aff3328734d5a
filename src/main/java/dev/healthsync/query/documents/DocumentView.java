package dev.healthsync.query.documents;

import dev.healthsync.health.Moment;
import dev.healthsync.query.SampleView;
import dev.healthsync.storage.StoredDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shape of a document list's item: {@code record} ({@code document} or {@code sample}), id, uuid, start,
 * end (ISO 8601 with the written offset), source; then a document's stored payload as JSON, or a category sample's
 * type, value and metadata. Ids are per record kind: a document and a sample may share a number.
 */
final class DocumentView {

    private DocumentView() {
    }

    static Map<String, Object> of(StoredDocument row, Set<String> omitted, JsonMapper json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("record", row.sample() ? "sample" : "document");
        body.put("id", row.id());
        body.put("uuid", row.uuid());
        body.put("start", time(row.start()));
        body.put("end", time(row.end()));
        body.put("source", row.source() == null ? null : SampleView.source(row.source()));
        if (row.sample()) {
            body.put("type", row.type());
            body.put("value", row.value());
            body.put("metadata", row.json() == null ? null : json.readTree(row.json()));
        } else {
            body.put("payload", payload(row.json(), omitted, json));
        }
        return body;
    }

    private static JsonNode payload(String stored, Set<String> omitted, JsonMapper json) {
        JsonNode payload = json.readTree(stored);
        if (payload instanceof ObjectNode object && !omitted.isEmpty()) {
            object.remove(omitted);
        }
        return payload;
    }

    private static String time(Moment moment) {
        return moment == null ? null : SampleView.ISO.format(moment.toOffsetDateTime());
    }
}
