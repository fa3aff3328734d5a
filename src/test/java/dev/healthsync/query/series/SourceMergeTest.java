package dev.healthsync.query.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.healthsync.query.series.SourceMerge.Bucket;
import dev.healthsync.query.series.SourceMerge.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the Health app's merge of overlapping sources; times in minutes of one day. */
class SourceMergeTest {

    private static final String WATCH = "Ana’s Apple Watch";
    private static final String PHONE = "Ana’s iPhone";
    private static final long MINUTE = 60_000;

    @Test
    void oneSourceIsSummedAndASampleAcrossABucketEdgeIsSplitByTime() {
        // 10:50–11:10, 400 steps: 200 in the 10 o'clock hour, 200 in the 11 o'clock hour
        List<Bucket> hours = SourceMerge.merge(List.of(sample(650, 670, 400, PHONE, 2), sample(700, 710, 50, PHONE, 2)),
                edges(600, 660, 720));

        assertThat(hours.get(0).total()).isEqualTo(200.0, within(1e-9));
        assertThat(hours.get(1).total()).isEqualTo(250.0, within(1e-9));
    }

    @Test
    void theWatchWinsWhereBothCountedTheSameWalk() {
        List<Bucket> day = SourceMerge.merge(List.of(
                sample(600, 620, 1500, PHONE, 2),
                sample(600, 620, 1600, WATCH, 1)), edges(0, 1440));

        assertThat(day.get(0).total()).isEqualTo(1600.0, within(1e-9));
        assertThat(day.get(0).bySource()).containsOnlyKeys(WATCH);
    }

    @Test
    void aLowerSourceCountsOnlyForTheTimeNoHigherOneCovers() {
        // phone 10:00–10:20 1,000 steps; watch 10:10–10:20 600: the phone's first half (500) plus the watch's 600
        List<Bucket> day = SourceMerge.merge(List.of(
                sample(600, 620, 1000, PHONE, 2),
                sample(610, 620, 600, WATCH, 1)), edges(0, 1440));

        assertThat(day.get(0).total()).isEqualTo(1100.0, within(1e-9));
        assertThat(day.get(0).bySource().get(PHONE)).isEqualTo(500.0, within(1e-9));
        assertThat(day.get(0).bySource().get(WATCH)).isEqualTo(600.0, within(1e-9));
    }

    @Test
    void aLowerSourceFillsEveryGapBetweenHigherSamples() {
        // watch at 10:05–10:10 and 10:15–10:20 hides half of the phone's 10:00–10:20; 2 gaps of 5 min of 800 → 400
        List<Bucket> day = SourceMerge.merge(List.of(
                sample(600, 620, 800, PHONE, 2),
                sample(605, 610, 100, WATCH, 1),
                sample(615, 620, 100, WATCH, 1)), edges(0, 1440));

        assertThat(day.get(0).bySource().get(PHONE)).isEqualTo(400.0, within(1e-9));
        assertThat(day.get(0).total()).isEqualTo(600.0, within(1e-9));
    }

    @Test
    void instantaneousSamplesCountWholeUnlessAHigherSourceCoversTheirInstant() {
        List<Bucket> day = SourceMerge.merge(List.of(
                sample(605, 605, 30, PHONE, 2),
                sample(630, 630, 40, PHONE, 2),
                sample(600, 610, 100, WATCH, 1)), edges(0, 1440));

        assertThat(day.get(0).bySource().get(PHONE)).isEqualTo(40.0, within(1e-9));
        assertThat(day.get(0).total()).isEqualTo(140.0, within(1e-9));
    }

    @Test
    void samplesOfOneSourceNeverHideEachOtherAndEqualRanksAreOrderedByName() {
        List<Bucket> same = SourceMerge.merge(List.of(
                sample(600, 610, 100, PHONE, 2),
                sample(605, 615, 100, PHONE, 2)), edges(0, 1440));
        assertThat(same.get(0).total()).isEqualTo(200.0, within(1e-9));

        List<Sample> twoApps = List.of(sample(600, 610, 100, "Pedometer++", 3), sample(600, 610, 90, "Nike Run", 3));
        assertThat(SourceMerge.merge(twoApps, edges(0, 1440)).get(0).bySource()).containsOnlyKeys("Nike Run");
        assertThat(SourceMerge.merge(List.of(twoApps.get(1), twoApps.get(0)), edges(0, 1440)).get(0).bySource())
                .containsOnlyKeys("Nike Run");
    }

    @Test
    void partsOutsideTheEdgesAreLeftOutAndEmptyBucketsAreZero() {
        List<Bucket> hours = SourceMerge.merge(List.of(sample(590, 610, 200, PHONE, 2), sample(1500, 1500, 5, PHONE, 2)),
                edges(600, 660, 720));

        assertThat(hours.get(0).total()).isEqualTo(100.0, within(1e-9));
        assertThat(hours.get(1).total()).isZero();
        assertThat(hours.get(1).bySource()).isEmpty();
        assertThat(hours).extracting(Bucket::startMs).containsExactly(600 * MINUTE, 660 * MINUTE);
    }

    private static Sample sample(long fromMinute, long toMinute, double value, String source, int rank) {
        return new Sample(fromMinute * MINUTE, toMinute * MINUTE, value, source, rank);
    }

    private static long[] edges(long... minutes) {
        long[] edges = new long[minutes.length];
        for (int i = 0; i < minutes.length; i++) {
            edges[i] = minutes[i] * MINUTE;
        }
        return edges;
    }
}
