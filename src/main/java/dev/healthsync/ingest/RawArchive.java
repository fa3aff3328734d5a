package dev.healthsync.ingest;

import dev.healthsync.storage.BlobStore;
import dev.healthsync.storage.RawArchiveIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every request body, gzip-compressed, before anything parses it: a decoder bug or an unknown section
 * can then be recovered later with {@code reprocess}. Bodies sent gzip-compressed are kept as sent.
 */
@Component
public class RawArchive {

    private static final int COPY_BUFFER = 64 * 1024;

    private final BlobStore blobs;
    private final RawArchiveIndex index;
    private final IngestProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    RawArchive(BlobStore blobs, RawArchiveIndex index, IngestProperties properties, JsonMapper json, Clock clock) {
        this.blobs = blobs;
        this.index = index;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Streams {@code body} into the archive; throws 413 (keeping nothing) past the body limit. */
    ArchivedBody store(long userId, String channel, InputStream body, boolean gzipped, String contentType,
                       Map<String, String> options) {
        long limit = properties.maxBody().toBytes();
        String requestId = UUID.randomUUID().toString();
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String key = "archive/%s/%s/%s.gz".formatted(channel, day, requestId);
        long id = index.add(userId, channel, requestId, clock.millis(), key, contentType,
                options.isEmpty() ? null : json.writeValueAsString(options));
        long size;
        try (OutputStream out = gzipped ? blobs.create(key) : new FastGzip(blobs.create(key))) {
            size = copy(body, out, limit);
        } catch (PayloadTooLargeException e) {
            discard(id, key, "body over the limit");
            throw e;
        } catch (IOException e) {
            discard(id, key, "body could not be read");
            throw new UncheckedIOException("could not archive the request body", e);
        }
        index.stored(id, size);
        return new ArchivedBody(id, key, userId, channel, contentType, options, limit);
    }

    /** An archived body as it was stored, for {@code reprocess}. */
    ArchivedBody reopen(RawArchiveIndex.Entry entry) {
        Map<String, String> options = entry.optionsJson() == null ? Map.of()
                : json.readValue(entry.optionsJson(), new TypeReference<Map<String, String>>() { });
        return new ArchivedBody(entry.id(), entry.storageKey(), entry.userId(), entry.channel(), entry.contentType(),
                options, properties.maxBody().toBytes());
    }

    /** The decompressed body of an archived request, limited like the original request. */
    InputStream open(ArchivedBody body) {
        try {
            InputStream gzip = new GZIPInputStream(blobs.open(body.storageKey()), COPY_BUFFER);
            return new ArchivedBodyStream(gzip, body.limitBytes());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new MalformedEncodingException();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read an archived body", e);
        }
    }

    void finished(ArchivedBody body, String status, String error) {
        index.finished(body.id(), status, error);
    }

    private void discard(long id, String key, String reason) {
        index.finished(id, "discarded", reason);
        try {
            blobs.delete(key);
        } catch (IOException ignored) {
            // The index already says the body was discarded; a leftover partial file holds nothing usable.
        }
    }

    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > limit) {
                throw new PayloadTooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** An archived body: the index row, where its bytes are, how it came, and the limit it is read back under. */
    record ArchivedBody(long id, String storageKey, long userId, String channel, String contentType,
                        Map<String, String> options, long limitBytes) {
    }

    /** Level 1: archiving must keep up with parsing, and JSON compresses well even at the fastest level. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, COPY_BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
