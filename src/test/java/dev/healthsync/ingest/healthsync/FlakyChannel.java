package dev.healthsync.ingest.healthsync;

import dev.healthsync.ingest.PushChannel;
import dev.healthsync.ingest.PushRequest;
import dev.healthsync.ingest.PushResult;
import dev.healthsync.ingest.decoder.MalformedBodyException;
import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.pipeline.IngestSession;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.test.context.TestComponent;

/**
 * A channel whose decoder has a bug until a test "ships the fix": it then decodes bodies like the bridge's.
 * Stands for any decoder that an update corrects, so that reprocess can be shown to recover what was refused.
 */
@TestComponent
class FlakyChannel implements PushChannel {

    static final String NAME = "flaky";
    static final AtomicBoolean FIXED = new AtomicBoolean();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PushResult apply(PushRequest request, InputStream body, IngestSession session) {
        if (!FIXED.get()) {
            throw new MalformedBodyException("", "this decoder version cannot read the body");
        }
        new HealthSyncDecoder().decode(body, new HealthSyncBatchHandler(session, batchId -> { }));
        IngestCounts counts = session.finish();
        return new PushResult("{\"inserted\": " + counts.inserted() + "}", counts);
    }
}
