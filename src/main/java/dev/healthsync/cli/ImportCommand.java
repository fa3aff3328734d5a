package dev.healthsync.cli;

import dev.healthsync.imports.ImportReport;
import dev.healthsync.imports.ImportRunner;
import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.storage.ImportJobRecord;
import dev.healthsync.storage.ImportJobStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an Apple Health export (export.zip, export.xml or export.xml.gz) for a user, in this"
                + " process, with the same pipeline as the server's import jobs.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--user", required = true, paramLabel = "EMAIL")
    String email;

    @Override
    public Integer call() throws Exception {
        checkReadable(file);
        long size = Files.size(file);
        long userId;
        try (Accounts accounts = Accounts.open()) {
            userId = accounts.user(email).id();
        }
        try (ConfigurableApplicationContext context = ToolContext.open()) {
            String worker = "cli-" + UUID.randomUUID();
            ImportJobRecord job = context.getBean(ImportJobStore.class).createRunning(UUID.randomUUID().toString(),
                    userId, "local:" + file.toAbsolutePath(), file.getFileName().toString(), size, worker,
                    context.getBean(Clock.class).millis());
            long started = System.nanoTime();
            ImportJobRecord finished;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("import").setInitialMax(size)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1_000_000).showSpeed()
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
                finished = context.getBean(ImportRunner.class).run(job, file, worker, new ReadListener() {
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
            }
            printSummary(finished, context.getBean(JsonMapper.class), (System.nanoTime() - started) / 1e9);
            return "done".equals(finished.status()) ? 0 : 1;
        }
    }

    /** Answers at once, before anything is started, when the file cannot be imported. */
    static void checkReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a directory; give the export.zip or export.xml in it");
        }
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file + ": permission denied");
        }
    }

    private static void printSummary(ImportJobRecord job, JsonMapper json, double seconds) {
        System.out.printf("import %s: %s in %.1f s (%,.0f records/s)%n", job.id(), job.status(), seconds,
                job.recordsDone() / Math.max(seconds, 1e-9));
        if (job.error() != null) {
            System.out.println("error: " + job.error());
        }
        ImportReport.lines(job, json).forEach(System.out::println);
    }
}
