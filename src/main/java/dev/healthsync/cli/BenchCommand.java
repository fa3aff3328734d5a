package dev.healthsync.cli;

import dev.healthsync.cli.bench.BenchPhases;
import dev.healthsync.cli.bench.BenchRun;
import dev.healthsync.cli.bench.BenchSettings;
import dev.healthsync.cli.bench.Benchmarks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the import, the re-import, a push and reads over HTTP on this machine"
                + " (docs/contracts.md#bench).",
            "Generates a realistic export, takes the floor (a bare StAX pass over the same file), imports it into a"
                + " fresh database, imports it again (all duplicates), pushes a Health Export Pro body, and prints"
                + " records/s, peak heap and peak RSS per phase; then starts the server on that database and times"
                + " the read API (p50, p99). Each phase runs in a JVM of its own with this JVM's"
                + " options (-Xmx…).",
            "The database is SQLite in the work directory unless --db or HEALTHSYNC_DB_URL names PostgreSQL: a"
                + " database there that does not exist is created (and dropped afterwards), one that exists must be"
                + " empty."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--records", defaultValue = "1000000", paramLabel = "N",
            description = "Record elements of the generated export (default ${DEFAULT-VALUE}).")
    long records;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the generated export and push body (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Work directory, new or empty, kept afterwards (default: a temporary one, removed).")
    Path work;

    @Option(names = "--db", paramLabel = "URL",
            description = "PostgreSQL JDBC URL (default: HEALTHSYNC_DB_URL; none means SQLite in the work directory).")
    String db;

    @Option(names = "--push-mb", defaultValue = "50", paramLabel = "MB",
            description = "Size of the pushed body in MB (default ${DEFAULT-VALUE}).")
    double pushMegabytes;

    @Option(names = "--read-requests", defaultValue = "50", paramLabel = "N",
            description = "Measured requests per read of the read phase, after a few warm-up ones"
                    + " (default ${DEFAULT-VALUE}).")
    int readRequests;

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Record a JFR profile of the import, re-import and push into DIR and print their hot spots.")
    Path profile;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "An extra option for the phase JVMs, e.g. --jvm-option=-XX:+UseSerialGC; repeatable.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--keep", description = "Keep the work directory and a database bench created.")
    boolean keep;

    /** Set in the child JVMs: run this one phase and leave its result in the work directory. */
    @Option(names = "--phase", hidden = true)
    String phase;

    @Override
    public Integer call() throws Exception {
        String url = db != null ? db : System.getenv("HEALTHSYNC_DB_URL");
        url = url == null || url.isBlank() ? null : url.trim();
        if (phase != null) {
            BenchPhases.run(phase, new BenchSettings(work, records, seed, url, (long) (pushMegabytes * 1e6),
                    readRequests));
            return 0;
        }
        if (readRequests < 1) {
            throw new IllegalArgumentException("--read-requests must be at least 1");
        }
        return Benchmarks.run(work, records, seed, url, (long) (pushMegabytes * 1e6), readRequests, jvmOptions,
                profile, keep, System.out);
    }
}
