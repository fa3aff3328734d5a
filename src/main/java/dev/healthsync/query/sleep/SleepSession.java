package dev.healthsync.query.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One stretch of sleep samples, merged: the in-bed span, the asleep span (null ends when no sample says asleep),
 * milliseconds per stage after the merge, time covered by any sample, and the sources that won some of it.
 */
record SleepSession(Moment bedtime, Moment wakeTime, Moment sleepStart, Moment sleepEnd, long inBedMs,
                    Map<SleepStage, Long> stageMs, List<String> sources) {

    SleepSession {
        stageMs = Map.copyOf(stageMs);
        sources = List.copyOf(sources);
    }

    /** An instant with the offset it was lived at. */
    record Moment(long epochMs, int offsetSeconds) {

        OffsetDateTime local() {
            return Instant.ofEpochMilli(epochMs).atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
        }
    }

    long ms(SleepStage stage) {
        return stageMs.getOrDefault(stage, 0L);
    }

    long asleepMs() {
        return ms(SleepStage.CORE) + ms(SleepStage.DEEP) + ms(SleepStage.REM) + ms(SleepStage.UNSPECIFIED);
    }

    /** The day the session belongs to: the local date of its end. */
    LocalDate date() {
        return wakeTime.local().toLocalDate();
    }
}
