package dev.healthsync.query.documents;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.query.PageLimits;
import dev.healthsync.query.TimeParameters;
import dev.healthsync.storage.DocumentFilter;
import dev.healthsync.storage.DocumentQueries;
import dev.healthsync.storage.StoredDocument;
import dev.healthsync.system.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Pages of a document list, one document whole, and the newest characteristics; parameters checked here. */
@Component
class DocumentPages {

    static final int DEFAULT_LIMIT = 100;
    /** Lower than the samples' 10,000: a document is a whole record, an ECG's payload alone is tens of KB. */
    static final int MAX_LIMIT = 1000;

    private final DocumentQueries documents;
    private final JsonMapper json;

    DocumentPages(DocumentQueries documents, JsonMapper json) {
        this.documents = documents;
        this.json = json;
    }

    Map<String, Object> page(long userId, DocumentList list, DocumentQuery query) {
        int limit = PageLimits.of(query.limit(), DEFAULT_LIMIT, MAX_LIMIT);
        Long from = TimeParameters.epochMillis("from", query.from());
        Long to = TimeParameters.epochMillis("to", query.to());
        DocumentFilter filter = new DocumentFilter(userId, list.kind(), list.categoryTypes(), from, to,
                DocumentCursor.parse(query.cursor()));
        List<StoredDocument> rows = documents.page(filter, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", rows.stream().map(row -> DocumentView.of(row, list.omittedFromList(), json)).toList());
        body.put("next_cursor", rows.size() < limit ? null
                : DocumentCursor.encode(rows.get(rows.size() - 1).position()));
        return body;
    }

    Map<String, Object> one(long userId, DocumentKind kind, long id) {
        return documents.find(userId, kind, id).map(row -> DocumentView.of(row, Set.of(), json))
                .orElseThrow(() -> new NotFoundException("no such " + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + " document"));
    }

    Map<String, Object> newest(long userId, DocumentKind kind) {
        return documents.newest(userId, kind).map(row -> DocumentView.of(row, Set.of(), json))
                .orElseThrow(() -> new NotFoundException("nothing of this kind is stored"));
    }
}
