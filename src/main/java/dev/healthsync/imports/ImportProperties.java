package dev.healthsync.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Full-history imports.
 *
 * @param workers      import jobs a node runs at once ({@code HEALTHSYNC_IMPORT_WORKERS}, default 1: one import
 *                     already keeps a core and the database busy)
 * @param chunkRecords records per committed chunk (default 100,000)
 * @param chunkTime    longest a chunk stays open, so other writers on SQLite wait about this long at most (default 3s)
 * @param staleAfter   a running job whose node has not checkpointed for this long is taken over (default 2m)
 */
@ConfigurationProperties("healthsync.imports")
public record ImportProperties(Integer workers, Integer chunkRecords, Duration chunkTime, Duration staleAfter) {

    public ImportProperties {
        workers = workers == null ? 1 : workers;
        chunkRecords = chunkRecords == null ? 100_000 : chunkRecords;
        chunkTime = chunkTime == null ? Duration.ofSeconds(3) : chunkTime;
        staleAfter = staleAfter == null ? Duration.ofMinutes(2) : staleAfter;
    }
}
