package dev.healthsync.storage;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Hands out {@link RecordWriter}s bound to the caller's transaction. */
@Component
public class RecordStore {

    private final DataSource dataSource;
    private final Clock clock;

    RecordStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A writer for one user's records; the caller's transaction decides what is committed. */
    public RecordWriter openWriter(long userId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a RecordWriter needs a transaction: a batch is applied all at once");
        }
        return new RecordWriter(DataSourceUtils.getConnection(dataSource), userId, clock.millis());
    }
}
