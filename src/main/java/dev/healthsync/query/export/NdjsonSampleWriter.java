package dev.healthsync.query.export;

import dev.healthsync.query.SampleView;
import dev.healthsync.storage.StoredSample;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.json.JsonMapper;

/** One {@link SampleView} object per line, the shape {@code GET /api/v1/samples} returns. */
final class NdjsonSampleWriter implements SampleFileWriter {

    private final OutputStream out;
    private final JsonMapper json;

    NdjsonSampleWriter(OutputStream out, JsonMapper json) {
        this.out = new BufferedOutputStream(out, CsvSampleWriter.BUFFER_BYTES);
        this.json = json;
    }

    @Override
    public void write(StoredSample sample) {
        try {
            out.write(json.writeValueAsBytes(SampleView.of(sample, json)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
