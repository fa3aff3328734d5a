package dev.healthsync.cli.bench;

import dev.healthsync.storage.ScratchDatabases;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code bench} command's entry point: sets up a fresh work directory and database, runs the phases
 * ({@link BenchRun}) and cleans up what it made, unless asked to keep it.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * Runs a benchmark and prints its report to {@code out}; returns the exit code.
     *
     * @param work    a new or empty directory to keep afterwards; null for a temporary one, removed at the end
     * @param dbUrl   a PostgreSQL URL, or null for SQLite in the work directory
     * @param profile where to write JFR profiles, or null
     * @param keep    keep the work directory and a database created here
     */
    public static int run(Path work, long records, long seed, String dbUrl, long pushBytes, int readRequests,
                          List<String> jvmOptions, Path profile, boolean keep, PrintStream out)
            throws IOException, InterruptedException {
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("healthsync-bench-") : work.toAbsolutePath();
        if (!temporary) {
            requireEmpty(dir);
        }
        boolean created = dbUrl != null && ScratchDatabases.prepare(dbUrl);
        try {
            BenchSettings settings = new BenchSettings(dir, records, seed, dbUrl, pushBytes, readRequests);
            return new BenchRun(settings, jvmOptions, profile, out).run();
        } finally {
            if (created && !keep) {
                ScratchDatabases.drop(dbUrl);
            } else if (created) {
                System.err.println("bench: kept the database it created, " + ScratchDatabases.printable(dbUrl));
            }
            if (temporary && !keep) {
                delete(dir);
            } else {
                System.err.println("bench: kept the work directory " + dir);
            }
        }
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("the work directory " + dir + " is not empty");
                }
            }
        } else {
            Files.createDirectories(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("bench: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
