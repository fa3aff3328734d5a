package dev.healthsync.imports;

import dev.healthsync.storage.ImportJobRecord;
import dev.healthsync.storage.ImportJobStore;
import dev.healthsync.system.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Creating, reading and cancelling import jobs; the workers of {@link ImportWorkers} run them. */
@Service
public class ImportJobs {

    private final ImportJobStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ImportJobs(ImportJobStore store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /** Queues an import of the export stored in the blob store under {@code fileKey}. */
    public ImportJobRecord enqueue(long userId, String fileKey, String fileName, Long bytesTotal) {
        ImportJobRecord job = store.create(UUID.randomUUID().toString(), userId, fileKey, fileName, bytesTotal,
                clock.millis());
        events.publishEvent(new JobQueued(job.id()));
        return job;
    }

    public ImportJobRecord get(long userId, String jobId) {
        return store.find(jobId).filter(job -> job.userId() == userId)
                .orElseThrow(() -> new NotFoundException("no import job with this id"));
    }

    public List<ImportJobRecord> list(long userId) {
        return store.listForUser(userId);
    }

    public void cancel(long userId, String jobId) {
        ImportJobRecord job = get(userId, jobId);
        if (!store.cancel(job.id(), userId, clock.millis())) {
            throw new JobFinishedException();
        }
    }

    /** Wakes the workers without waiting for their next poll. */
    record JobQueued(String jobId) {
    }

    /** 409: a finished job cannot be cancelled. */
    static final class JobFinishedException extends dev.healthsync.system.ProblemException {
        JobFinishedException() {
            super(409, "job-finished", "the import job has already finished");
        }
    }
}
