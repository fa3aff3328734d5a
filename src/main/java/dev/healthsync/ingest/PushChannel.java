package dev.healthsync.ingest;

import dev.healthsync.pipeline.IngestSession;
import java.io.InputStream;

/** One app's push contract: how its archived body becomes records, and what the app is answered. */
public interface PushChannel {

    /** The channel's name in the raw archive and in {@code reprocess --channel}. */
    String name();

    /**
     * Decodes {@code body} into {@code session} and returns the response body (JSON) with the batch's counts.
     * Runs inside the batch's transaction: throwing rolls the batch back, and {@link PushIngest.AnsweredEarly}
     * rolls back with an answer.
     */
    PushResult apply(PushRequest request, InputStream body, IngestSession session);
}
