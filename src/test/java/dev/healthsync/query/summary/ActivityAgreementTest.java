package dev.healthsync.query.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.healthsync.query.summary.ActivityAgreement.Pair;
import dev.healthsync.query.summary.ActivityAgreement.Report;
import dev.healthsync.query.summary.ActivityAgreement.Ring;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agreement of our rings with Apple's, by hand. */
class ActivityAgreementTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 20);
    private static final LocalDate SECOND = FIRST.plusDays(1);

    @Test
    void aDayIsWithinWhenAllThreeRingsAreAndTheWorstRingIsNamed() {
        Report report = ActivityAgreement.report(List.of(
                new Pair(FIRST, Ring.MOVE, 505, 500), // 1 %: still within
                new Pair(FIRST, Ring.EXERCISE, 30, 30),
                new Pair(FIRST, Ring.STAND, 12, 12),
                new Pair(SECOND, Ring.MOVE, 400, 400),
                new Pair(SECOND, Ring.EXERCISE, 33, 30), // 10 %
                new Pair(SECOND, Ring.STAND, 11, 12))); // 8.3 %

        assertThat(report.days()).isEqualTo(2);
        assertThat(report.daysWithin()).isEqualTo(1);
        assertThat(report.shareWithin()).isEqualTo(0.5);
        assertThat(report.worst().date()).isEqualTo(SECOND);
        assertThat(report.worst().ring()).isEqualTo(Ring.EXERCISE);
        assertThat(report.worst().relativeDifference()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void appleAtZeroAgreesOnlyWithZero() {
        assertThat(new Pair(FIRST, Ring.EXERCISE, 0, 0).relativeDifference()).isZero();
        assertThat(new Pair(FIRST, Ring.EXERCISE, 1, 0).relativeDifference()).isInfinite();
        assertThat(ActivityAgreement.report(List.of()).shareWithin()).isEqualTo(1.0);
        assertThat(ActivityAgreement.report(List.of()).worst()).isNull();
    }

    @Test
    void summariesWithoutApplesRingsAreLeftOutAndKilojoulesAreKilocalories() {
        Map<String, Object> apple = new LinkedHashMap<>();
        apple.put("activeEnergyBurned", 2092.0);
        apple.put("activeEnergyBurnedUnit", "kJ");
        apple.put("appleExerciseTime", 41);
        apple.put("appleStandHours", 11);
        List<Pair> pairs = ActivityAgreement.pairs(List.of(day(FIRST, 500.0, 41.0, null, apple),
                day(SECOND, 300.0, 20.0, 10.0, null)));

        assertThat(pairs).hasSize(3);
        assertThat(pairs.get(0).apple()).as("2092 kJ").isCloseTo(500.0, within(1e-9));
        assertThat(pairs.get(1).ours()).isEqualTo(41.0);
        assertThat(pairs.get(2).ours()).as("no stand hours of ours: 0").isZero();
        Report report = ActivityAgreement.of(List.of(day(FIRST, 500.0, 41.0, 11.0, apple)));
        assertThat(report.daysWithin()).isEqualTo(1);
        assertThat(report.shareWithin()).isEqualTo(1.0);
    }

    private static DailySummary day(LocalDate date, Double energy, Double exercise, Double stand,
                                    Map<String, Object> apple) {
        return new DailySummary(date.toString(), null, null, energy, null, exercise, stand, null, null, null, null,
                null, Map.of(), null, List.of(), apple);
    }
}
