package dev.healthsync.cli;

import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.PushResult;
import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.storage.RawArchiveIndex;
import dev.healthsync.system.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {"Run archived push bodies through today's decoders again.",
                "Records stored before count as duplicates, so running it twice changes nothing; a decoder fix then"
                        + " recovers what an older version skipped."})
final class ReprocessCommand implements Callable<Integer> {

    @Option(names = "--channel", description = "Only bodies of this channel: healthsync, export-pro, auto-export.")
    String channel;

    @Option(names = "--since", description = "Only bodies received at or after this date or ISO date-time.")
    String since;

    @Override
    public Integer call() {
        long sinceMillis = sinceMillis(since);
        try (ConfigurableApplicationContext context = ToolContext.open()) {
            PushIngest ingest = context.getBean(PushIngest.class);
            if (channel != null && !ingest.knows(channel)) {
                throw new IllegalArgumentException("unknown channel " + channel);
            }
            List<RawArchiveIndex.Entry> entries = context.getBean(RawArchiveIndex.class).list(channel, sinceMillis,
                    context.getBean(java.time.Clock.class).millis());
            long inserted = 0;
            long duplicates = 0;
            int failed = 0;
            for (RawArchiveIndex.Entry entry : entries) {
                try {
                    PushResult result = ingest.reprocess(entry);
                    IngestCounts counts = result.counts();
                    inserted += counts.inserted();
                    duplicates += counts.duplicates();
                    System.out.printf("%-8d %-12s %s  inserted %d, duplicates %d, rejected %d%n", entry.id(),
                            entry.channel(), Instant.ofEpochMilli(entry.receivedAt()), counts.inserted(),
                            counts.duplicates(), counts.rejectedCount());
                } catch (ProblemException problem) {
                    failed++;
                    System.out.printf("%-8d %-12s %s  not stored: %s%n", entry.id(), entry.channel(),
                            Instant.ofEpochMilli(entry.receivedAt()), problem.getMessage());
                }
            }
            System.out.printf("%d bodies: %d records inserted, %d already stored, %d still not readable%n",
                    entries.size(), inserted, duplicates, failed);
        }
        return 0;
    }

    private static long sinceMillis(String since) {
        if (since == null) {
            return Long.MIN_VALUE;
        }
        try {
            return OffsetDateTime.parse(since).toInstant().toEpochMilli();
        } catch (DateTimeParseException notDateTime) {
            return LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
    }
}
