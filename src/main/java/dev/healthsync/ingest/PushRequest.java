package dev.healthsync.ingest;

import java.util.Map;

/**
 * What a channel knows about the request besides its body.
 *
 * @param contentType the request's content type (multipart bodies need their boundary)
 * @param options     query parameters the channel understands, e.g. Health Auto Export's {@code aggregation}
 * @param reprocess   true when an archived body is run again: replay receipts are neither consulted nor written
 */
public record PushRequest(long userId, long archiveId, String contentType, Map<String, String> options,
                          boolean reprocess) {
}
