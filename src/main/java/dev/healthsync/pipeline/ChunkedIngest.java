package dev.healthsync.pipeline;

import dev.healthsync.storage.RecordStore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A long import as a series of transactions: records go to the current chunk's session, and {@link #commit}
 * writes them together with whatever the caller records in the same transaction (its checkpoint), then opens the
 * next chunk. A crash loses at most the open chunk, and the checkpoint says exactly what the committed ones
 * hold. Must be used from one thread, the one that created it.
 */
public final class ChunkedIngest implements AutoCloseable {

    private final RecordStore store;
    private final PlatformTransactionManager transactions;
    private final long userId;
    private TransactionStatus transaction;
    private IngestSession session;

    ChunkedIngest(RecordStore store, PlatformTransactionManager transactions, long userId) {
        this.store = store;
        this.transactions = transactions;
        this.userId = userId;
    }

    /** The open chunk's session; a chunk (and its transaction) opens on first use. */
    public IngestSession session() {
        if (session == null) {
            begin();
        }
        return session;
    }

    /**
     * Finishes the chunk's writes, runs {@code checkpoint} with their counts inside the same transaction and
     * commits; the next record opens the next chunk. When the checkpoint returns false (the job was cancelled or
     * taken over) the chunk is rolled back instead and false is returned.
     */
    public boolean commit(Checkpoint checkpoint) {
        IngestCounts counts = session().finish();
        boolean keep = checkpoint.record(counts);
        TransactionStatus done = transaction;
        transaction = null;
        session = null;
        if (keep) {
            transactions.commit(done);
        } else {
            transactions.rollback(done);
        }
        return keep;
    }

    /** Rolls back the open chunk, if any. */
    @Override
    public void close() {
        if (transaction != null && !transaction.isCompleted()) {
            transactions.rollback(transaction);
        }
        transaction = null;
        session = null;
    }

    private void begin() {
        transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        session = new IngestSession(store.openWriter(userId));
    }

    /** Records progress in the chunk's transaction; false aborts the import. */
    @FunctionalInterface
    public interface Checkpoint {
        boolean record(IngestCounts chunkCounts);
    }
}
