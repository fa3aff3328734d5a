package dev.healthsync.cli.bench;

import dev.healthsync.query.DayRange;
import dev.healthsync.query.summary.ActivityAgreement;
import dev.healthsync.query.summary.SummaryService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The truth check of the {@code read} phase: our merged rings of every generated day, read through the daily
 * summary the API serves, against the ActivitySummary the export wrote for that day (Apple's own figures in a real
 * export; the generator writes what the Health app would show from the day's watch records).
 */
final class ActivityCheck {

    private ActivityCheck() {
    }

    static ActivityAgreement.Report run(SummaryService summaries, long userId, long records) {
        List<ActivityAgreement.Pair> pairs = new ArrayList<>();
        LocalDate end = ReadRange.end();
        for (LocalDate from = ReadRange.first(records); from.isBefore(end); from = from.plusDays(DayRange.MAX_DAYS)) {
            LocalDate to = from.plusDays(DayRange.MAX_DAYS).isBefore(end) ? from.plusDays(DayRange.MAX_DAYS) : end;
            pairs.addAll(ActivityAgreement.pairs(summaries.days(userId, new DayRange(from, to))));
        }
        return ActivityAgreement.report(pairs);
    }

    /** One line for the phase's note: the share of days within tolerance and the worst ring of any day. */
    static String describe(ActivityAgreement.Report report) {
        String line = String.format(Locale.ROOT,
                "ActivitySummary agreement: %,d of %,d days within %.0f %% (%.1f %%)", report.daysWithin(), report.days(), ActivityAgreement.TOLERANCE * 100, report.shareWithin() * 100);
        ActivityAgreement.Pair worst = report.worst();
        return worst == null ? line : line + String.format(Locale.ROOT,
                "; worst %s %s: ours %.1f, Apple's %.1f (%.2f %%)", worst.date(), worst.ring().name().toLowerCase(Locale.ROOT), worst.ours(), worst.apple(),
                worst.relativeDifference() * 100);
    }
}
