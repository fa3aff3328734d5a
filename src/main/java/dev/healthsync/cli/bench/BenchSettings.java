package dev.healthsync.cli.bench;

import java.nio.file.Path;

/**
 * What every phase of one benchmark shares; the parent hands it to each child JVM on its command line.
 *
 * @param work      the work directory: the generated files, the SQLite data directory, phase results, profiles
 * @param records   {@code Record} elements of the generated export
 * @param seed      of the generated export and push body
 * @param dbUrl     the PostgreSQL JDBC URL, or null for SQLite in {@code work/data}
 * @param pushBytes approximate size of the push body
 * @param readRequests measured requests per read of the {@code read} phase, after its warm-up
 */
public record BenchSettings(Path work, long records, long seed, String dbUrl, long pushBytes, int readRequests) {

    public Path export() {
        return work.resolve("export.zip");
    }

    public Path pushBody() {
        return work.resolve("push-body.json");
    }

    public Path dataDir() {
        return work.resolve("data");
    }

    public boolean postgres() {
        return dbUrl != null;
    }
}
