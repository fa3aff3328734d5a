package dev.healthsync.pipeline;

import dev.healthsync.storage.RecordStore;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entry point of the pipeline: a push batch runs in one transaction, so it is stored whole or not at all; an
 * import runs in chunks with a checkpoint in each.
 */
@Component
public class Ingestion {

    private final RecordStore store;
    private final PlatformTransactionManager transactionManager;
    private final TransactionTemplate transactions;

    Ingestion(RecordStore store, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.transactionManager = transactionManager;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs {@code work} with a fresh session for {@code userId} in one transaction. An exception thrown by
     * {@code work} rolls the whole batch back.
     */
    public <T> T apply(long userId, Function<IngestSession, T> work) {
        return transactions.execute(status -> work.apply(new IngestSession(store.openWriter(userId))));
    }

    /** A long import committed chunk by chunk; see {@link ChunkedIngest}. */
    public ChunkedIngest chunked(long userId) {
        return new ChunkedIngest(store, transactionManager, userId);
    }
}
