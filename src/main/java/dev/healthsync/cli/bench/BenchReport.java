package dev.healthsync.cli.bench;

import dev.healthsync.storage.ScratchDatabases;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a benchmark: where it ran, one row per phase, each phase's notes, and how the import compares with the
 * targets of the issue (docs/contracts.md#bench). A floor parses the same bytes as the phases it is the floor of ({@code floor}
 * for {@code import} and {@code reimport}, {@code push-floor} for {@code push}) and counts the records the
 * generator wrote into them, which are the records those phases read, so {@code ×floor} compares rates on the same
 * records. {@code CPU s} is the phase JVM's CPU time (all its threads), {@code other} the CPU time every other
 * process used meanwhile: a phase that shared the cores with someone else's build was slowed by it, and on
 * PostgreSQL the server's work shows there.
 */
final class BenchReport {

    static final double FLOOR_SHARE_TARGET = 1.0 / 3;
    static final double RATE_TARGET = 250_000;
    static final long RSS_TARGET = 400_000_000L;
    private static final String ROW = "%-14s %11s %9s %11s %7s %10s %10s %9s %7s %7s%n";
    private static final String READ_ROW = "%-20s %8s %8s %5s  %s%n";

    private final PrintStream out;

    BenchReport(PrintStream out) {
        this.out = out;
    }

    void header(BenchSettings settings, List<String> jvmOptions) {
        out.printf(Locale.ROOT, "HealthSync bench, %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        out.println("machine:   " + Machine.describe());
        out.println("phase JVM: " + (jvmOptions.isEmpty() ? "(default options)" : String.join(" ", jvmOptions)));
        out.println("database:  " + (settings.postgres() ? "PostgreSQL, " + ScratchDatabases.printable(settings.dbUrl())
                : "SQLite, " + settings.dataDir().resolve("healthsync.db").toAbsolutePath()));
        out.printf(Locale.ROOT, "export:    %,d records, seed %d; push body about %s%n", settings.records(),
                settings.seed(), Sizes.bytes(settings.pushBytes()));
        out.println();
    }

    /** The table and notes of the phases that ran; {@code failure} names the phase that failed, if one did. */
    void table(Map<String, PhaseResult> results, String failure) {
        PhaseResult floor = results.get("floor");
        PhaseResult pushFloor = results.get("push-floor");
        out.printf(Locale.ROOT, ROW, "phase", "records", "seconds", "records/s", "×floor", "peak heap", "live heap",
                "peak RSS", "CPU s", "other");
        for (PhaseResult row : results.values()) {
            PhaseResult against = switch (row.phase()) {
                case "floor", "import", "reimport" -> floor;
                case "push-floor", "push" -> pushFloor;
                default -> null;
            };
            out.printf(Locale.ROOT, ROW, row.phase(), count(row.records()), String.format(Locale.ROOT, "%.2f",
                            row.seconds()), count(Math.round(row.recordsPerSecond())),
                    against == null ? "" : String.format(Locale.ROOT, "%.2f",
                            row.recordsPerSecond() / against.recordsPerSecond()),
                    Sizes.megabytes(row.peakHeap()), Sizes.megabytes(row.liveHeap()), Sizes.megabytes(row.peakRss()),
                    String.format(Locale.ROOT, "%.1f", row.cpuSeconds()), row.otherCpuSeconds() < 0 ? "-"
                            : String.format(Locale.ROOT, "%.1f", row.otherCpuSeconds()));
        }
        if (failure != null) {
            out.println("FAILED: " + failure + "; the phases after it did not run");
        }
        out.println("(×floor: rate over the floor's on the same bytes; heap: sum of the pools' peaks, and the most"
                + " left after a GC; peak RSS: VmHWM of the phase's JVM; CPU s: that JVM's CPU time; other: CPU"
                + " time of all other processes meanwhile, PostgreSQL's server included)");
        out.println();
        for (PhaseResult row : results.values()) {
            out.printf(Locale.ROOT, "%-14s %s%n", row.phase() + ":", row.note() == null ? "" : row.note());
            out.printf(Locale.ROOT, "%-14s allocated %s%s; GC %.2f s in %,d collections%n", "",
                    Sizes.bytes(row.allocated()), row.records() > 0 && row.allocated() >= 0
                            ? String.format(Locale.ROOT, " (%,d bytes per record)", row.allocated() / row.records())
                            : "", row.gcSeconds(), row.gcCount());
            out.printf(Locale.ROOT, "%-14s CPU by thread: %s%n", "", row.threadCpu());
        }
        out.println();
        if (results.containsKey("import") && floor != null) {
            targets(results.get("import"), floor);
        }
    }

    /** The read phase's latencies, one row per read, in the order of {@link ReadRequest#ALL}. */
    void reads(List<ReadLatency> latencies) {
        out.printf(Locale.ROOT, READ_ROW, "read", "p50 ms", "p99 ms", "n", "GET");
        for (ReadLatency row : latencies) {
            if (row.available()) {
                out.printf(Locale.ROOT, READ_ROW, row.name(), String.format(Locale.ROOT, "%.1f", row.p50Millis()),
                        String.format(Locale.ROOT, "%.1f", row.p99Millis()), Integer.toString(row.n()), row.path());
            } else {
                out.printf(Locale.ROOT, READ_ROW, row.name(), "not available", "", "", row.path());
            }
        }
        out.println("(over HTTP on loopback from the read phase's JVM to the server it started on the imported"
                + " database; not available: the server has no such endpoint)");
        out.println();
    }

    private void targets(PhaseResult imported, PhaseResult floor) {
        double share = imported.recordsPerSecond() / floor.recordsPerSecond();
        out.println("targets (issue, for SQLite; PostgreSQL within 2× of SQLite: compare two runs):");
        out.printf(Locale.ROOT, "  import at ≥ 1/3 of the floor's rate   %6.2f of the floor             %s%n", share,
                verdict(share >= FLOOR_SHARE_TARGET));
        out.printf(Locale.ROOT, "  import above 250,000 records/s        %,9.0f records/s           %s%n",
                imported.recordsPerSecond(), verdict(imported.recordsPerSecond() > RATE_TARGET));
        out.printf(Locale.ROOT, "  import peak RSS under 400 MB          %9s                     %s%n",
                Sizes.megabytes(imported.peakRss()), verdict(imported.peakRss() >= 0
                        && imported.peakRss() < RSS_TARGET));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static String count(long n) {
        return n < 0 ? "-" : String.format(Locale.ROOT, "%,d", n);
    }
}
