package dev.healthsync.imports;

import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.storage.BlobStore;
import dev.healthsync.storage.ImportJobRecord;
import dev.healthsync.storage.ImportJobStore;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The server's import workers: each claims a queued job (or one whose node stopped checkpointing), runs it, and
 * looks for the next. Woken by a new job, else they look every few seconds. Only in the server; the
 * {@code import} command runs its job itself.
 */
@Component
@ConditionalOnWebApplication
class ImportWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportWorkers.class);
    private static final long POLL_MILLIS = 2_000;

    private final ImportJobStore jobs;
    private final ImportRunner runner;
    private final BlobStore blobs;
    private final ImportProperties properties;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID();
    private final Semaphore wakeUp = new Semaphore(0);
    private ExecutorService pool;
    private volatile boolean running;

    ImportWorkers(ImportJobStore jobs, ImportRunner runner, BlobStore blobs, ImportProperties properties,
                  Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.blobs = blobs;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        int requeued = jobs.resumeInterrupted();
        if (requeued > 0) {
            log.info("resuming {} import job(s) interrupted by the last shutdown", requeued);
        }
        running = true;
        pool = Executors.newFixedThreadPool(properties.workers(), r -> {
            Thread thread = new Thread(r, "import-worker");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < properties.workers(); i++) {
            pool.execute(this::work);
        }
    }

    @Override
    public void stop() {
        running = false;
        wakeUp.release(properties.workers());
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @EventListener
    void onQueued(ImportJobs.JobQueued queued) {
        wakeUp.release();
    }

    private void work() {
        String worker = node + "/" + Thread.currentThread().getId();
        while (running) {
            try {
                Optional<ImportJobRecord> job = jobs.claim(worker, clock.millis(),
                        clock.millis() - properties.staleAfter().toMillis());
                if (job.isPresent()) {
                    run(job.get(), worker);
                } else {
                    wakeUp.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("import worker error: {}", e.getClass().getName());
                sleepQuietly();
            }
        }
    }

    private void run(ImportJobRecord job, String worker) {
        try (BlobStore.LocalFile file = blobs.localFile(job.fileKey())) {
            ImportJobRecord finished = runner.run(job, file.path(), worker, ReadListener.NONE);
            log.info("import {} {}", job.id(), finished.status());
        } catch (IOException e) {
            jobs.finish(job.id(), worker, "failed", "the uploaded file could not be read", clock.millis());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
