package dev.healthsync.query.sleep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges sleep samples of every source into sessions. Samples at most an hour apart belong to one session
 * (a watch writes a night as dozens of stage samples, a phone adds its own InBed estimate beside them). Within a
 * session time is cut at every sample boundary, and each piece counts once: for the best-ranked sample that has
 * a stage (ties: {@link SleepStage}'s order), or as in bed only when no sample there has one.
 */
final class SleepSessions {

    private static final long MAX_GAP_MS = 60 * 60_000L;

    /** A stage before InBed whatever the ranks: InBed says nothing about sleep, so it only fills the gaps. */
    private static final Comparator<SleepSample> WINNER = Comparator
            .comparing((SleepSample sample) -> sample.stage() == SleepStage.IN_BED)
            .thenComparingInt(SleepSample::rank).thenComparing(SleepSample::stage);

    private SleepSessions() {
    }

    static List<SleepSession> of(List<SleepSample> samples) {
        List<SleepSample> sorted = samples.stream().filter(s -> s.endMs() > s.startMs())
                .sorted(Comparator.comparingLong(SleepSample::startMs)).toList();
        List<SleepSession> sessions = new ArrayList<>();
        int first = 0;
        long end = Long.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > first && sorted.get(i).startMs() - end > MAX_GAP_MS) {
                sessions.add(merge(sorted.subList(first, i)));
                first = i;
            }
            end = i == first ? sorted.get(i).endMs() : Math.max(end, sorted.get(i).endMs());
        }
        if (!sorted.isEmpty()) {
            sessions.add(merge(sorted.subList(first, sorted.size())));
        }
        return sessions;
    }

    /** One session's samples, sorted by start. */
    private static SleepSession merge(List<SleepSample> samples) {
        TreeSet<Long> cuts = new TreeSet<>();
        SleepSample last = samples.get(0);
        for (SleepSample sample : samples) {
            cuts.add(sample.startMs());
            cuts.add(sample.endMs());
            last = sample.endMs() > last.endMs() ? sample : last;
        }
        Map<SleepStage, Long> stageMs = new EnumMap<>(SleepStage.class);
        Set<String> sources = new LinkedHashSet<>();
        long inBedMs = 0;
        SleepSession.Moment sleepStart = null;
        SleepSession.Moment sleepEnd = null;
        Long from = null;
        // The samples that may cover the next piece, in list order; a night has hundreds of pieces, and scanning
        // the whole session for each made a year of nights cost ~100 ms.
        List<SleepSample> open = new ArrayList<>();
        int next = 0;
        for (long to : cuts) {
            while (next < samples.size() && samples.get(next).startMs() < to) {
                open.add(samples.get(next++));
            }
            long end = to;
            open.removeIf(sample -> sample.endMs() < end);
            SleepSample winner = from == null ? null : winner(open);
            if (winner != null) {
                inBedMs += to - from;
                if (winner.stage() != SleepStage.IN_BED) {
                    stageMs.merge(winner.stage(), to - from, Long::sum);
                }
                sources.add(winner.source());
                if (winner.stage().asleep()) {
                    if (sleepStart == null) {
                        sleepStart = new SleepSession.Moment(from, winner.offsetSeconds());
                    }
                    sleepEnd = new SleepSession.Moment(to, winner.offsetSeconds());
                }
            }
            from = to;
        }
        SleepSample firstSample = samples.get(0);
        return new SleepSession(new SleepSession.Moment(firstSample.startMs(), firstSample.offsetSeconds()),
                new SleepSession.Moment(last.endMs(), last.offsetSeconds()), sleepStart, sleepEnd, inBedMs,
                stageMs, List.copyOf(sources));
    }

    /**
     * The sample that the piece [from, to) counts for, of those that started by {@code to} and have not ended before
     * it: as every start and end is a cut, they are the ones covering the piece; null where none does (a gap inside
     * the session). Ties go to the first in list order.
     */
    private static SleepSample winner(List<SleepSample> covering) {
        SleepSample best = null;
        for (SleepSample sample : covering) {
            if (best == null || WINNER.compare(sample, best) < 0) {
                best = sample;
            }
        }
        return best;
    }
}
