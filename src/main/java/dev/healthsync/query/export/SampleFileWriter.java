package dev.healthsync.query.export;

import dev.healthsync.storage.StoredSample;
import java.io.Closeable;

/** Writes samples one after another into an export file; {@link #close} flushes what is buffered. Not thread-safe. */
interface SampleFileWriter extends Closeable {

    void write(StoredSample sample);

    @Override
    void close();
}
