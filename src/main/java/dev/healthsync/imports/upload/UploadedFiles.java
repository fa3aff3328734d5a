package dev.healthsync.imports.upload;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.healthsync.imports.ImportJobs;
import dev.healthsync.storage.BlobStore;
import dev.healthsync.storage.ImportJobRecord;
import dev.healthsync.system.ForbiddenException;
import dev.healthsync.system.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/**
 * What every way of uploading shares: streaming a file into the blob store under a size limit (keeping nothing
 * when it is passed or the file is empty), and queueing the import job of a stored upload, once per file key.
 */
@Component
class UploadedFiles {

    private final BlobStore blobs;
    private final ImportJobs jobs;

    UploadedFiles(BlobStore blobs, ImportJobs jobs) {
        this.blobs = blobs;
        this.jobs = jobs;
    }

    /**
     * Streams {@code content} into the blob {@code key} and returns its size; reads at most one byte past
     * {@code limit}, then throws {@code tooLarge.apply(limit)}.
     */
    long store(String key, InputStream content, long limit, LongFunction<UploadSizeException> tooLarge) {
        LimitedInputStream limited = new LimitedInputStream(content, limit);
        long size;
        try {
            size = blobs.put(key, limited);
        } catch (IOException e) {
            discard(key);
            if (limited.exceeded()) {
                throw tooLarge.apply(limit);
            }
            throw new UncheckedIOException("the upload could not be stored", e);
        }
        if (size == 0) {
            discard(key);
            throw UploadSizeException.empty();
        }
        return size;
    }

    /** Whether something is stored under {@code key} already. */
    boolean exists(String key) {
        try {
            blobs.size(key);
            return true;
        } catch (IOException absent) {
            return false;
        }
    }

    /** Removes a stored upload whose request failed after storing it. */
    void discard(String key) {
        try {
            blobs.delete(key);
        } catch (IOException ignored) {
            // Nothing refers to the blob: a leftover is harmless and the next upload gets a new key.
        }
    }

    /** Queues the import of a stored upload and answers like every upload endpoint: {@code job_id}, status. */
    JobAccepted queue(long userId, String key, long size) {
        return accepted(jobs.enqueue(userId, key, UploadKeys.fileName(key), size));
    }

    /**
     * Queues the import of an upload the client finished itself (posted to S3). Repeating the call, or calling it
     * after an upload the server received itself, answers with the job already queued for that key.
     */
    JobAccepted complete(long userId, String fileKey) {
        if (!UploadKeys.belongsTo(fileKey, userId)) {
            throw new ForbiddenException("file_key is not one of this user's uploads");
        }
        for (ImportJobRecord job : jobs.list(userId)) {
            if (job.fileKey().equals(fileKey)) {
                return accepted(job);
            }
        }
        long size;
        try {
            size = blobs.size(fileKey);
        } catch (NoSuchFileException e) {
            throw new NotFoundException("nothing has been uploaded under this file_key");
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be checked", e);
        }
        return queue(userId, fileKey, size);
    }

    private static JobAccepted accepted(ImportJobRecord job) {
        return new JobAccepted(job.id(), job.status());
    }

    /** The answer of every upload endpoint. */
    @Schema(name = "ImportJobAccepted", description = "The import job of an upload.")
    record JobAccepted(
            @JsonProperty("job_id") @Schema(description = "A UUID; follow it at `GET …/import/jobs/{job_id}`.")
            String jobId,
            @Schema(description = "`queued` for a new job; `complete` for a key whose job exists answers with that "
                    + "job's current status.", allowableValues = {"queued", "running", "done", "failed",
                    "cancelled"}) String status) {
    }
}
