package dev.healthsync.query.summary;

import dev.healthsync.health.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How close our merged Activity rings come to Apple's own {@code ActivitySummary}: the share of days whose three
 * rings (active energy, exercise minutes, stand hours) are all within {@link #TOLERANCE} of Apple's, and the worst
 * ring of any day. Apple computes its rings from the watch alone, so a merge that double counts an overlapping
 * phone, or files a sample under the wrong day, shows here. Plain and stateless.
 */
public final class ActivityAgreement {

    /** 1 %: Apple rounds what it shows, and energy is summed from values written to three decimals. */
    public static final double TOLERANCE = 0.01;
    private static final String KCAL = "kcal";

    private ActivityAgreement() {
    }

    /** The three rings, each with the ActivitySummary attribute that holds Apple's value. */
    public enum Ring {
        MOVE("activeEnergyBurned"), EXERCISE("appleExerciseTime"), STAND("appleStandHours");

        private final String appleAttribute;

        Ring(String appleAttribute) {
            this.appleAttribute = appleAttribute;
        }
    }

    /** One ring of one day: ours (0 when we have nothing that day) and Apple's, active energy in kcal. */
    public record Pair(LocalDate date, Ring ring, double ours, double apple) {

        /** |ours − Apple's| relative to Apple's; when Apple's is 0, 0 if ours is too and infinite otherwise. */
        public double relativeDifference() {
            double difference = Math.abs(ours - apple);
            if (apple == 0) {
                return difference == 0 ? 0 : Double.POSITIVE_INFINITY;
            }
            return difference / Math.abs(apple);
        }

        boolean agrees() {
            return relativeDifference() <= TOLERANCE;
        }
    }

    /**
     * Over {@code days} days that have an ActivitySummary, {@code daysWithin} have every ring within tolerance;
     * {@code worst} is the ring furthest from Apple's (null without days).
     */
    public record Report(int days, int daysWithin, Pair worst) {

        /** 1 when there is nothing to compare: no day disagrees. */
        public double shareWithin() {
            return days == 0 ? 1 : (double) daysWithin / days;
        }
    }

    /** Compares each summary that has Apple's rings; the others have nothing to be compared with. */
    public static Report of(List<DailySummary> summaries) {
        return report(pairs(summaries));
    }

    /** The rings of the summaries that have Apple's, three per day. */
    public static List<Pair> pairs(List<DailySummary> summaries) {
        List<Pair> pairs = new ArrayList<>();
        for (DailySummary day : summaries) {
            Map<String, Object> apple = day.appleActivitySummary();
            if (apple == null) {
                continue;
            }
            LocalDate date = LocalDate.parse(day.date());
            pairs.add(new Pair(date, Ring.MOVE, orZero(day.activeEnergyKcal()), appleKcal(apple)));
            pairs.add(new Pair(date, Ring.EXERCISE, orZero(day.exerciseMinutes()), number(apple, Ring.EXERCISE)));
            pairs.add(new Pair(date, Ring.STAND, orZero(day.standHours()), number(apple, Ring.STAND)));
        }
        return pairs;
    }

    /** Groups the pairs by day: a day is within when all of its rings are. */
    public static Report report(List<Pair> pairs) {
        Map<LocalDate, Boolean> dayAgrees = new LinkedHashMap<>();
        Pair worst = null;
        for (Pair pair : pairs) {
            dayAgrees.merge(pair.date(), pair.agrees(), Boolean::logicalAnd);
            if (worst == null || pair.relativeDifference() > worst.relativeDifference()) {
                worst = pair;
            }
        }
        int within = (int) dayAgrees.values().stream().filter(Boolean::booleanValue).count();
        return new Report(dayAgrees.size(), within, worst);
    }

    /** Apple's active energy in kcal: exports write it in the unit the person chose (kcal, Cal or kJ). */
    private static double appleKcal(Map<String, Object> apple) {
        double value = number(apple, Ring.MOVE);
        Object unit = apple.get("activeEnergyBurnedUnit");
        return unit == null ? value : Units.convert(value, unit.toString(), KCAL);
    }

    private static double number(Map<String, Object> apple, Ring ring) {
        return apple.get(ring.appleAttribute) instanceof Number number ? number.doubleValue() : 0;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
