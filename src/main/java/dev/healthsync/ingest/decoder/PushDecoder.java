package dev.healthsync.ingest.decoder;

import dev.healthsync.pipeline.RecordSink;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One app's push body decoder: bytes in, records out through a sink, as soon as each record is read. Whatever a
 * decoder needs besides the body (Health Auto Export's zone and bucket option, a CSV part's file name) it is given
 * when constructed, so every decoder is called the same way. Implementations are pure (no clock, no Spring, no
 * database, no I/O beyond the stream, which they do not close) and immutable, hence thread-safe.
 *
 * @param <S> what the decoder reports to: a plain {@link RecordSink}, or a sink with the contract's envelope calls
 */
@FunctionalInterface
public interface PushDecoder<S extends RecordSink> {

    /**
     * Decodes one body. A broken record is reported through {@link RecordSink#reject} and skipped; a body of the
     * wrong shape at the top throws, possibly after records were delivered, which the caller must then discard.
     *
     * @throws MalformedBodyException when the body is not of this contract's shape at the top
     * @throws UncheckedIOException   when reading the stream itself fails
     */
    void decode(InputStream body, S sink);
}
