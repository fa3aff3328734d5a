package dev.healthsync.ingest.healthsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.PushResult;
import dev.healthsync.storage.RawArchiveIndex;
import dev.healthsync.system.ProblemException;
import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.HealthSyncBatchGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every body is archived before parsing, and reprocess recovers what a decoder could not read at the time. */
abstract class ReprocessContract extends ApiTestSupport {

    @Autowired
    PushIngest ingest;

    @Autowired
    RawArchiveIndex archive;

    @AfterEach
    void unfix() {
        FlakyChannel.FIXED.set(false);
    }

    @Test
    void aBodyRefusedByAnOldDecoderIsStoredByReprocessOnce() {
        TestUser user = newUser();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new HealthSyncBatchGenerator().batchId("flaky").samples(300).workouts(2).writeTo(body);

        assertThatThrownBy(() -> ingest.receive(FlakyChannel.NAME, user.id(),
                new ByteArrayInputStream(body.toByteArray()), false, "application/json", Map.of()))
                .isInstanceOf(ProblemException.class);
        assertThat(count("samples", user.id())).isZero();
        List<RawArchiveIndex.Entry> entries = entriesOf(user.id());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).status()).isEqualTo("rejected");

        FlakyChannel.FIXED.set(true);
        PushResult first = ingest.reprocess(entries.get(0));
        assertThat(first.counts().samplesInserted()).isEqualTo(300);
        assertThat(first.counts().workoutsInserted()).isEqualTo(2);
        assertThat(count("samples", user.id())).isEqualTo(300);
        assertThat(entriesOf(user.id()).get(0).status()).isEqualTo("processed");

        PushResult again = ingest.reprocess(entriesOf(user.id()).get(0));
        assertThat(again.counts().inserted()).isZero();
        assertThat(again.counts().duplicates()).isEqualTo(302);
        assertThat(count("samples", user.id())).isEqualTo(300);
    }

    @Test
    void aBodyThatIsNotJsonKeepsItsArchiveEntryAndReprocessReportsItStillUnreadable() {
        TestUser user = newUser();
        byte[] garbage = "this is not json".getBytes();
        assertThatThrownBy(() -> ingest.receive(HealthSyncChannel.NAME, user.id(), new ByteArrayInputStream(garbage),
                false, "application/json", Map.of())).isInstanceOf(ProblemException.class);
        RawArchiveIndex.Entry entry = entriesOf(user.id()).get(0);
        assertThat(entry.storedBytes()).isEqualTo(garbage.length);
        assertThatThrownBy(() -> ingest.reprocess(entry)).isInstanceOf(ProblemException.class);
        assertThat(count("samples", user.id())).isZero();
    }

    @Test
    void reprocessIgnoresReplayReceiptsSoItReallyDecodesAgain() {
        TestUser user = newUser();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new HealthSyncBatchGenerator().batchId("same-id").samples(50).workouts(0).writeTo(body);
        ingest.receive(HealthSyncChannel.NAME, user.id(), new ByteArrayInputStream(body.toByteArray()), false,
                "application/json", Map.of());
        jdbc.sql("DELETE FROM samples WHERE user_id = ?").param(user.id()).update();

        PushResult result = ingest.reprocess(entriesOf(user.id()).get(0));
        assertThat(result.counts().samplesInserted()).isEqualTo(50);
        assertThat(count("push_batches", user.id())).isEqualTo(1);
    }

    private List<RawArchiveIndex.Entry> entriesOf(long userId) {
        return archive.list(null, Long.MIN_VALUE, System.currentTimeMillis()).stream().filter(e -> e.userId() == userId).toList();
    }
}
