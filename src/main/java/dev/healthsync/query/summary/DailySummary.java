package dev.healthsync.query.summary;

import dev.healthsync.query.sleep.SleepView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One lived day at a glance, as the API returns it. Every number is null when no sample of its type counts. */
@Schema(description = "One day as the person lived it: the day's series values, its night, its workouts and the "
        + "export's own Activity rings.")
public record DailySummary(
        @Schema(description = "The local date (YYYY-MM-DD).") String date,
        @Schema(description = "Steps, sources merged (count).") Double steps,
        @Schema(description = "Walking and running distance, sources merged.") Double distanceMeters,
        @Schema(description = "Active energy, sources merged.") Double activeEnergyKcal,
        @Schema(description = "Resting (basal) energy, sources merged.") Double basalEnergyKcal,
        @Schema(description = "Apple exercise minutes, sources merged.") Double exerciseMinutes,
        @Schema(description = "Stand-hour samples whose value is Stood; 0 when the day has only Idle ones.")
        Double standHours,
        @Schema(description = "Flights climbed, sources merged.") Double flightsClimbed,
        @Schema(description = "Average resting heart rate of the day, in count/min (see `units`).")
        Double restingHeartRate,
        @Schema(description = "Average heart-rate variability (SDNN) of the day.") Double hrvMs,
        @Schema(description = "Average VO₂ max of the day, in mL/(kg*min) (see `units`).") Double vo2Max,
        @Schema(description = "Average body mass of the day (usually one weighing).") Double weightKg,
        @Schema(description = "The unit of each number above, by field name, as the series of its type gives it.")
        Map<String, String> units,
        @Schema(description = "The night ending this day, as GET /api/v1/sleep gives it; null without one.")
        SleepView sleep,
        @Schema(description = "Workouts starting this day (by their own start offset), as items of GET "
                + "/api/v1/workouts.") List<Map<String, Object>> workouts,
        @Schema(description = "The export's ActivitySummary of this day, its attributes as stored (activeEnergyBurned"
                + " with activeEnergyBurnedUnit, appleExerciseTime, appleStandHours, each with its Goal, "
                + "appleMoveTime…); null when no export had one.", type = "object")
        Map<String, Object> appleActivitySummary) {

    static DailySummary of(LocalDate date, Map<DailyMetric, Double> values, Map<String, String> units,
                           SleepView sleep, List<Map<String, Object>> workouts, Map<String, Object> rings) {
        return new DailySummary(date.toString(), values.get(DailyMetric.STEPS), values.get(DailyMetric.DISTANCE),
                values.get(DailyMetric.ACTIVE_ENERGY), values.get(DailyMetric.BASAL_ENERGY),
                values.get(DailyMetric.EXERCISE), values.get(DailyMetric.STAND_HOURS),
                values.get(DailyMetric.FLIGHTS), values.get(DailyMetric.RESTING_HEART_RATE),
                values.get(DailyMetric.HRV), values.get(DailyMetric.VO2_MAX), values.get(DailyMetric.WEIGHT), units,
                sleep, workouts, rings);
    }
}
