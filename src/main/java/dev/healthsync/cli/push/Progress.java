package dev.healthsync.cli.push;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The two progress bars of a push, on stderr so that stdout carries only the summary. */
final class Progress {

    private Progress() {
    }

    /** Reading the export, in megabytes of its XML; the total is set when the reader first reports it. */
    static ProgressBar reading(PrintStream err) {
        return builder(err, "reading").setInitialMax(-1).setUnit(" MB", 1_000_000).build();
    }

    /** Sending batches, in records, with records per second and the time left. */
    static ProgressBar sending(PrintStream err, long records) {
        return builder(err, "sending").setInitialMax(records).setUnit(" records", 1).build();
    }

    private static ProgressBarBuilder builder(PrintStream err, String task) {
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err, 100)).showSpeed().setUpdateIntervalMillis(500);
    }
}
