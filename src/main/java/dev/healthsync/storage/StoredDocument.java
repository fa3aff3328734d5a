package dev.healthsync.storage;

import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;

/**
 * A row of a document list: a document (its JSON payload in {@code json}) or, for lists that hold them too, a
 * category sample ({@code type} and {@code value} set, its metadata in {@code json}). Documents keep no offset of
 * their end, so {@code end} carries the start's. {@code start} is null for timeless documents.
 */
public record StoredDocument(boolean sample, long id, String uuid, Moment start, Moment end, SourceInfo source,
                             String json, String type, String value) {

    /** Where the row stands in the list's order, for the next page's cursor. */
    public DocumentFilter.Position position() {
        return new DocumentFilter.Position(start == null ? null : start.epochMillis(), sample, id);
    }
}
