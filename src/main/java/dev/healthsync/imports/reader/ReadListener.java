package dev.healthsync.imports.reader;

/**
 * Hears how far {@link ExportReader} got and what it had to work around. Called on the reading thread.
 */
public interface ReadListener {

    /** A listener that ignores everything. */
    ReadListener NONE = new ReadListener() {
        @Override
        public void progress(long bytesRead, long bytesTotal) {
        }

        @Override
        public void warning(String message) {
        }
    };

    /**
     * Bytes of the export XML read so far, at most every ~1 MB and once at the end. For a {@code .zip} these are
     * bytes of the uncompressed XML entry; for a {@code .xml.gz}, compressed bytes of the file (the uncompressed
     * size of a gzip stream over 4 GB is not known in advance).
     */
    void progress(long bytesRead, long bytesTotal);

    /**
     * Something was skipped or assumed (a missing route file, an ECG without its header, replaced control
     * characters). Messages name elements, files and counts, never a health value.
     */
    void warning(String message);
}
