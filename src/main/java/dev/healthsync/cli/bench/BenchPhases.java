package dev.healthsync.cli.bench;

import dev.healthsync.imports.ImportReport;
import dev.healthsync.imports.ImportRunner;
import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.ingest.PushIngest;
import dev.healthsync.storage.ImportJobRecord;
import dev.healthsync.storage.ImportJobStore;
import dev.healthsync.storage.ScratchDatabases;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phases of a benchmark, each run alone in a JVM of its own (see {@link BenchRun}): only the work a phase
 * measures is timed; opening the application (Spring, migrations) and creating the user are not.
 */
public final class BenchPhases {

    /** In the order they run. */
    public static final List<String> ALL = List.of("generate", "generate-push", "floor", "import", "reimport",
            "read", "push-floor", "push");
    static final String PUSH_CHANNEL = "export-pro";

    private BenchPhases() {
    }

    /** Runs one phase in this JVM and saves its result in the work directory. */
    public static PhaseResult run(String phase, BenchSettings settings) throws Exception {
        PhaseResult result = switch (phase) {
            case "generate" -> generate(settings);
            case "generate-push" -> generatePush(settings);
            case "floor" -> measure(phase, () -> Floors.xml(settings.export()),
                    "Aalto over export.xml and the GPX files, inflated from the same zip")
                    .withRecords(PhaseResult.load(settings.work(), "generate").records());
            case "push-floor" -> measure(phase, () -> Floors.json(settings.pushBody()),
                    "Jackson's streaming parser over the same body")
                    .withRecords(PhaseResult.load(settings.work(), "generate-push").records());
            case "import", "reimport" -> importExport(phase, settings);
            case "read" -> ReadPhase.run(settings);
            case "push" -> push(settings);
            default -> throw new IllegalArgumentException("no bench phase " + phase);
        };
        result.save(settings.work());
        return result;
    }

    private static PhaseResult generate(BenchSettings settings) throws Exception {
        ExportGenerator generator = new ExportGenerator(settings.records(), settings.seed());
        ExportGenerator.GeneratedExport[] export = new ExportGenerator.GeneratedExport[1];
        PhaseResult result = measure("generate", () -> {
            export[0] = generator.write(settings.export());
            return export[0].xmlBytes();
        }, null);
        Map<String, Long> read = export[0].read();
        return result.withRecords(export[0].items()).withNote(String.format(Locale.ROOT,
                "export.zip %s (export.xml %s), %,d days, %,d workouts,"
                        + " %,d GPX files with %,d points, %,d correlations, %,d HRV beats",
                Sizes.bytes(export[0].zipBytes()), Sizes.bytes(export[0].xmlBytes()), export[0].days(),
                read.get("Workout"), read.get("GpxFile"), read.get("trkpt"), read.get("Correlation"),
                read.get("InstantaneousBeatsPerMinute")));
    }

    private static PhaseResult generatePush(BenchSettings settings) throws Exception {
        PushBodyGenerator generator = new PushBodyGenerator(settings.pushBytes(), settings.seed());
        PushBodyGenerator.GeneratedBody[] body = new PushBodyGenerator.GeneratedBody[1];
        PhaseResult result = measure("generate-push", () -> {
            body[0] = generator.write(settings.pushBody());
            return body[0].bytes();
        }, null);
        return result.withRecords(body[0].records()).withNote(String.format(Locale.ROOT,
                "Export Pro body %s: %,d samples, %,d workouts with %,d route points", Sizes.bytes(body[0].bytes()),
                body[0].samples(), body[0].workouts(), body[0].routePoints()));
    }

    private static PhaseResult importExport(String phase, BenchSettings settings) throws Exception {
        try (ConfigurableApplicationContext context = BenchContext.open(settings)) {
            long userId = BenchContext.user(context);
            long size = Files.size(settings.export());
            String worker = "bench-" + UUID.randomUUID();
            ImportJobRecord job = context.getBean(ImportJobStore.class).createRunning(UUID.randomUUID().toString(),
                    userId, "local:" + settings.export().toAbsolutePath(), settings.export().getFileName().toString(),
                    size, worker, context.getBean(Clock.class).millis());
            ImportRunner runner = context.getBean(ImportRunner.class);
            ImportJobRecord[] finished = new ImportJobRecord[1];
            PhaseResult result;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(size)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1_000_000).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
                result = measure(phase, () -> {
                    finished[0] = runner.run(job, settings.export(), worker, new ReadListener() {
                        @Override
                        public void progress(long bytesRead, long bytesTotal) {
                            bar.maxHint(bytesTotal);
                            bar.stepTo(bytesRead);
                        }

                        @Override
                        public void warning(String message) {
                            bar.setExtraMessage("warnings");
                        }
                    });
                    return size;
                }, null);
            }
            if (!"done".equals(finished[0].status())) {
                throw new IllegalStateException(phase + " ended " + finished[0].status() + ": " + finished[0].error());
            }
            JsonMapper json = context.getBean(JsonMapper.class);
            DataSource dataSource = context.getBean(DataSource.class);
            return result.withRecords(finished[0].recordsDone()).withNote(String.format(Locale.ROOT,
                    "%s; inserted %s; duplicates %s; database now %s", ScratchDatabases.describe(dataSource, settings.postgres()),
                    ImportReport.inserted(finished[0], json), ImportReport.duplicates(finished[0], json),
                    Sizes.bytes(ScratchDatabases.size(dataSource, settings.postgres(), settings.dataDir()))));
        }
    }

    private static PhaseResult push(BenchSettings settings) throws Exception {
        try (ConfigurableApplicationContext context = BenchContext.open(settings)) {
            long userId = BenchContext.user(context);
            PushIngest ingest = context.getBean(PushIngest.class);
            if (!ingest.knows(PUSH_CHANNEL)) {
                throw new IllegalStateException("no push channel " + PUSH_CHANNEL);
            }
            String[] response = new String[1];
            PhaseResult result = measure("push", () -> {
                try (InputStream in = Files.newInputStream(settings.pushBody())) {
                    response[0] = ingest.receive(PUSH_CHANNEL, userId, in, false, "application/json", Map.of());
                }
                return Files.size(settings.pushBody());
            }, null);
            JsonNode answer = context.getBean(JsonMapper.class).readTree(response[0]);
            return result.withRecords(answer.get("count").asLong()).withNote(String.format(Locale.ROOT,
                    "one request, one transaction; inserted %s, duplicates %s, rejected %s",
                    answer.get("inserted"), answer.get("duplicates"), answer.get("rejectedCount")));
        }
    }

    /** Times {@code work} (which returns the bytes it handled) with memory and CPU measured around it. */
    static PhaseResult measure(String phase, Work work, String note) throws Exception {
        System.gc();
        ResourceProbe probe = new ResourceProbe();
        ThreadCpu threads = new ThreadCpu();
        probe.start();
        threads.start();
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        long bytes = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long endMillis = System.currentTimeMillis();
        Map<String, Double> byThread = threads.stop();
        double cpu = probe.cpuSeconds();
        return new PhaseResult(phase, -1, seconds, bytes, probe.peakHeap(), probe.liveHeap(),
                ResourceProbe.peakRss(), cpu, probe.otherCpuSeconds(), probe.allocated(), probe.gcSeconds(),
                probe.gcCount(), startMillis, endMillis, ThreadCpu.describe(byThread, cpu), note);
    }

    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }
}
