package dev.healthsync.pipeline;

import dev.healthsync.storage.RecordStore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A long import as a series of transactions: records go to the current chunk's session; {@link #finishChunk}
 * writes what the session holds and gives its counts, the caller records its checkpoint in the same (still open)
 * transaction, then {@link #commit}s or {@link #rollback}s it; the next record opens the next chunk. A crash loses at most the open chunk, and the checkpoint says exactly what the committed ones
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

    /** Writes what the chunk's session still buffers and returns the chunk's counts; its transaction stays open. */
    public IngestCounts finishChunk() {
        return session().finish();
    }

    /** Commits the chunk (its records and whatever the caller wrote in its transaction). */
    public void commit() {
        TransactionStatus done = end();
        transactions.commit(done);
    }

    /** Rolls back the open chunk, if any. */
    public void rollback() {
        if (transaction != null && !transaction.isCompleted()) {
            transactions.rollback(end());
        }
        end();
    }

    @Override
    public void close() {
        rollback();
    }

    private TransactionStatus end() {
        TransactionStatus done = transaction;
        transaction = null;
        session = null;
        return done;
    }

    private void begin() {
        transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        session = new IngestSession(store.openWriter(userId));
    }
}
