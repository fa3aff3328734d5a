package dev.healthsync.cli.push;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.Map;

/** The figures of one run, summed over the batches it sent, and the table printed at the end. Not thread-safe. */
final class Totals {

    private static final int LISTED_REASONS = 10;

    long batches;
    long records;
    long routePoints;
    long inserted;
    long duplicates;
    long rejected;
    long routePointsInserted;

    void add(int batchRecords, long batchRoutePoints, Receipt receipt) {
        batches++;
        records += batchRecords;
        routePoints += batchRoutePoints;
        inserted += receipt.inserted();
        duplicates += receipt.duplicates();
        rejected += receipt.rejected();
        routePointsInserted += receipt.routePointsInserted();
    }

    /** The summary table; one figure per line, label first, so that scripts can pick figures out of it. */
    void print(PrintStream out, PushFormat format, Manifest manifest) {
        out.printf("push summary (%s)%n", format.cliName());
        row(out, "batches sent", batches);
        row(out, "records sent", records);
        row(out, "route points sent", routePoints);
        row(out, "inserted", inserted);
        row(out, "duplicates", duplicates);
        row(out, "rejected", rejected);
        row(out, "route points inserted", routePointsInserted);
        row(out, "skipped", manifest.skippedTotal());
        row(out, "unreadable in export", manifest.unreadable());
        manifest.skipped().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(LISTED_REASONS)
                .forEach(reason -> out.printf("  skipped %8d  %s%n", reason.getValue(), reason.getKey()));
        if (manifest.skipped().size() > LISTED_REASONS) {
            out.printf("  … and %d more reasons%n", manifest.skipped().size() - LISTED_REASONS);
        }
    }

    private static void row(PrintStream out, String label, long value) {
        out.printf("%-22s %12d%n", label, value);
    }
}
