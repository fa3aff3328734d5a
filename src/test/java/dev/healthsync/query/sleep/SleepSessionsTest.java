package dev.healthsync.query.sleep;

import static dev.healthsync.query.sleep.SleepStage.AWAKE;
import static dev.healthsync.query.sleep.SleepStage.CORE;
import static dev.healthsync.query.sleep.SleepStage.DEEP;
import static dev.healthsync.query.sleep.SleepStage.IN_BED;
import static dev.healthsync.query.sleep.SleepStage.REM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging and filing sleep by hand-computed minutes, without Spring or a database. */
class SleepSessionsTest {

    private static final String WATCH = "Apple Watch";
    private static final String PHONE = "iPhone";
    private static final String RING = "Ring";

    private final List<SleepSample> samples = new ArrayList<>();

    @Test
    void aWatchsStagesCountAndThePhonesInBedOnlyWidensTheTimeInBed() {
        for (int phoneRank : new int[] {2, 0}) {
            samples.clear();
            add("2025-03-03T22:30+01:00", "2025-03-04T07:00+01:00", IN_BED, PHONE, phoneRank);
            add("2025-03-03T23:00+01:00", "2025-03-04T01:00+01:00", CORE, WATCH, 1);
            add("2025-03-04T01:00+01:00", "2025-03-04T02:00+01:00", DEEP, WATCH, 1);
            add("2025-03-04T02:00+01:00", "2025-03-04T03:00+01:00", REM, WATCH, 1);
            add("2025-03-04T03:00+01:00", "2025-03-04T03:10+01:00", AWAKE, WATCH, 1);
            add("2025-03-04T03:10+01:00", "2025-03-04T06:30+01:00", CORE, WATCH, 1);

            SleepView night = onlyNight();
            assertThat(night.date()).isEqualTo("2025-03-04");
            assertThat(night.bedtime()).isEqualTo("2025-03-03T22:30:00+01:00");
            assertThat(night.wakeTime()).isEqualTo("2025-03-04T07:00:00+01:00");
            assertThat(night.sleepStart()).isEqualTo("2025-03-03T23:00:00+01:00");
            assertThat(night.sleepEnd()).isEqualTo("2025-03-04T06:30:00+01:00");
            // in bed: 22:30–07:00; asleep: 120 + 200 core, 60 deep, 60 REM
            assertThat(minutes(night)).as("phone rank %d", phoneRank)
                    .containsExactly(510.0, 440.0, 320.0, 60.0, 60.0, 10.0, 0.0);
            assertThat(night.sources()).containsExactly(PHONE, WATCH);
            assertThat(night.naps()).isEmpty();
        }
    }

    @Test
    void overlappingStagesOfTwoSourcesCountOnceForTheBetterRankedOne() {
        add("2025-03-05T00:00Z", "2025-03-05T02:00Z", CORE, WATCH, 1);
        add("2025-03-05T02:00Z", "2025-03-05T03:00Z", DEEP, WATCH, 1);
        add("2025-03-05T01:00Z", "2025-03-05T02:30Z", DEEP, RING, 2);
        add("2025-03-05T02:30Z", "2025-03-05T04:00Z", REM, RING, 2);

        SleepView night = onlyNight();
        // 360 minutes were recorded, 00:00–04:00 is 240: the watch wins 00:00–03:00, the ring adds 03:00–04:00
        assertThat(minutes(night)).containsExactly(240.0, 240.0, 120.0, 60.0, 60.0, 0.0, 0.0);
        assertThat(night.sources()).containsExactly(WATCH, RING);
    }

    @Test
    void atTheSameRankAwakeWinsOverAStage() {
        add("2025-03-05T00:00Z", "2025-03-05T02:00Z", CORE, WATCH, 1);
        add("2025-03-05T01:00Z", "2025-03-05T01:15Z", AWAKE, WATCH, 1);

        assertThat(minutes(onlyNight())).containsExactly(120.0, 105.0, 105.0, 0.0, 0.0, 15.0, 0.0);
    }

    @Test
    void anAfternoonNapIsListedBesideTheNightNotAddedToIt() {
        add("2025-03-04T23:00+01:00", "2025-03-05T07:00+01:00", CORE, WATCH, 1);
        add("2025-03-05T14:00+01:00", "2025-03-05T14:40+01:00", CORE, WATCH, 1);

        SleepView night = onlyNight();
        assertThat(night.asleepMinutes()).isEqualTo(480.0);
        assertThat(night.naps()).hasSize(1);
        SleepView nap = night.naps().get(0);
        assertThat(nap.date()).isEqualTo("2025-03-05");
        assertThat(nap.bedtime()).isEqualTo("2025-03-05T14:00:00+01:00");
        assertThat(minutes(nap)).containsExactly(40.0, 40.0, 40.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(nap.naps()).isNull();
    }

    @Test
    void aNightCrossingMidnightIsFiledUnderTheLocalDayItEnds() {
        // 13:00–21:00 UTC on the 4th, lived in Tokyo: 22:00 on the 4th to 06:00 on the 5th
        add("2025-03-04T22:00+09:00", "2025-03-05T01:00+09:00", CORE, WATCH, 1);
        add("2025-03-05T02:00+09:00", "2025-03-05T06:00+09:00", CORE, WATCH, 1);

        List<SleepNights.Night> nights = SleepNights.of(SleepSessions.of(samples));
        assertThat(nights).extracting(SleepNights.Night::date).containsExactly(LocalDate.of(2025, 3, 5));
        SleepView night = SleepView.of(nights.get(0));
        assertThat(night.wakeTime()).isEqualTo("2025-03-05T06:00:00+09:00");
        // an hour apart is still one night; the hour without samples is not in bed
        assertThat(night.inBedMinutes()).isEqualTo(420.0);
        assertThat(night.naps()).isEmpty();
    }

    @Test
    void moreThanAnHourApartAreTwoSessions() {
        add("2025-03-04T22:00Z", "2025-03-05T01:00Z", CORE, WATCH, 1);
        add("2025-03-05T02:01Z", "2025-03-05T03:00Z", CORE, WATCH, 1);

        assertThat(SleepSessions.of(samples)).hasSize(2);
        assertThat(onlyNight().naps()).hasSize(1);
    }

    private SleepView onlyNight() {
        List<SleepNights.Night> nights = SleepNights.of(SleepSessions.of(samples));
        assertThat(nights).hasSize(1);
        return SleepView.of(nights.get(0));
    }

    /** inBed, asleep, core, deep, REM, awake, unspecified. */
    private static List<Double> minutes(SleepView view) {
        return List.of(view.inBedMinutes(), view.asleepMinutes(), view.coreMinutes(), view.deepMinutes(),
                view.remMinutes(), view.awakeMinutes(), view.unspecifiedMinutes());
    }

    private void add(String start, String end, SleepStage stage, String source, int rank) {
        OffsetDateTime from = OffsetDateTime.parse(start);
        samples.add(new SleepSample(from.toInstant().toEpochMilli(), OffsetDateTime.parse(end).toInstant()
                .toEpochMilli(), stage, source, rank, from.getOffset().getTotalSeconds()));
    }
}
