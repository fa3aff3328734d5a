package dev.healthsync.storage;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Whether a long writer must step aside now and then so that others get the database. SQLite has one writer at a
 * time, and a waiting writer retries on a back-off of up to 100 ms: without a pause between chunks an import
 * would take the lock again at once, and a user's push, a cancel or the CLI in another process could wait out
 * the whole import. A pause of {@link #PAUSE} after a commit once per interval (the longest a chunk stays open)
 * lets them in at a cost of a few percent, however fast the chunks go by. PostgreSQL has row locks: it never
 * pauses.
 */
@Component
public class WriterTurns {

    static final Duration PAUSE = Duration.ofMillis(150);

    private final boolean oneWriterAtATime;

    WriterTurns(SqlDialect dialect) {
        this.oneWriterAtATime = !dialect.supportsConcurrentNodes();
    }

    /** The turns of one long writer, pausing at most once per {@code every}. Not thread-safe. */
    public Turns every(Duration every) {
        return new Turns(oneWriterAtATime ? every.toNanos() : 0);
    }

    /** One writer's turns. */
    public static final class Turns {

        private final long everyNanos;
        private long lastPause = System.nanoTime();

        Turns(long everyNanos) {
            this.everyNanos = everyNanos;
        }

        /** Called after each commit: pauses when others have not had a turn for the interval. */
        public void afterCommit() {
            if (everyNanos == 0 || System.nanoTime() - lastPause < everyNanos) {
                return;
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lastPause = System.nanoTime();
        }
    }
}
