package dev.healthsync.ingest;

import dev.healthsync.pipeline.IngestCounts;
import dev.healthsync.pipeline.Ingestion;
import dev.healthsync.storage.RawArchiveIndex;
import dev.healthsync.system.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What every push contract shares (docs/contracts.md#push-contracts): the body is archived before anything parses it, then decoded
 * into the pipeline in one transaction; the archive entry records how that ended.
 */
@Service
public class PushIngest {

    private final RawArchive archive;
    private final Ingestion ingestion;
    private final Map<String, PushChannel> channels;
    private final PushMetrics metrics;

    PushIngest(RawArchive archive, Ingestion ingestion, List<PushChannel> channels, PushMetrics metrics) {
        this.archive = archive;
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(PushChannel::name,
                Function.identity()));
    }

    /** Archives and applies one request body; returns the channel's response JSON. */
    public String receive(String channel, long userId, InputStream body, boolean gzipped, String contentType,
                          Map<String, String> options) {
        String name = channel(channel).name();
        long started = System.nanoTime();
        RawArchive.ArchivedBody archived;
        try {
            archived = archive.store(userId, name, body, gzipped, contentType, options);
        } catch (ProblemException refused) {
            // too large, or not the gzip it said it was: refused before any decoder saw it
            metrics.pushed(name, "rejected-body", System.nanoTime() - started);
            throw refused;
        } catch (RuntimeException failed) {
            metrics.pushed(name, "error", System.nanoTime() - started);
            throw failed;
        }
        return run(archived, false, started).response();
    }

    /** Runs an archived body through today's decoder again; records stored before are counted as duplicates. */
    public PushResult reprocess(RawArchiveIndex.Entry entry) {
        return run(archive.reopen(entry), true, System.nanoTime());
    }

    public boolean knows(String channel) {
        return channels.containsKey(channel);
    }

    /** A batch whose records were all rejected is refused whole, so the app sees the problem. */
    public static void requireSomethingStored(IngestCounts counts, boolean otherEffects) {
        if (counts.accepted() == 0 && counts.rejectedCount() > 0 && !otherEffects) {
            throw new UnprocessableBatchException(counts.rejectedCount(), counts.rejected());
        }
    }

    private PushResult run(RawArchive.ArchivedBody archived, boolean reprocess, long started) {
        PushChannel channel = channel(archived.channel());
        PushRequest request = new PushRequest(archived.userId(), archived.id(), archived.contentType(),
                archived.options(), reprocess);
        try {
            PushResult result = ingestion.apply(archived.userId(), session -> {
                try (InputStream in = archive.open(archived)) {
                    return channel.apply(request, in, session);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read an archived body", e);
                }
            });
            archive.finished(archived, "processed", null);
            metrics.pushed(channel.name(), "ok", System.nanoTime() - started);
            if (result.counts() != null) {
                metrics.stored(channel.name(), result.counts());
            }
            return result;
        } catch (AnsweredEarly answered) {
            archive.finished(archived, answered.status, null);
            metrics.pushed(channel.name(), "ok", System.nanoTime() - started);
            return new PushResult(answered.response, null);
        } catch (ProblemException rejected) {
            archive.finished(archived, "rejected", rejected.getMessage());
            metrics.pushed(channel.name(), "rejected-body", System.nanoTime() - started);
            throw rejected;
        } catch (RuntimeException failed) {
            archive.finished(archived, "failed", failed.getClass().getSimpleName());
            metrics.pushed(channel.name(), "error", System.nanoTime() - started);
            throw failed;
        }
    }

    private PushChannel channel(String name) {
        PushChannel channel = channels.get(name);
        if (channel == null) {
            throw new IllegalArgumentException("no push channel " + name);
        }
        return channel;
    }

    /** Thrown by a channel to abandon the batch's transaction and answer with {@code response} instead. */
    public static class AnsweredEarly extends RuntimeException {
        private final String status;
        private final String response;

        public AnsweredEarly(String status, String response) {
            super(null, null, false, false);
            this.status = status;
            this.response = response;
        }
    }
}
