package dev.healthsync.query.summary;

import dev.healthsync.query.DayRange;
import dev.healthsync.query.series.SeriesQuery;

/** The numbers of a daily summary: each a series of one type per lived day, with the field it is shown as. */
enum DailyMetric {
    STEPS("steps", Types.QUANTITY + "StepCount", "sum", null),
    DISTANCE("distanceMeters", Types.QUANTITY + "DistanceWalkingRunning", "sum", null),
    ACTIVE_ENERGY("activeEnergyKcal", Types.QUANTITY + "ActiveEnergyBurned", "sum", null),
    BASAL_ENERGY("basalEnergyKcal", Types.QUANTITY + "BasalEnergyBurned", "sum", null),
    EXERCISE("exerciseMinutes", Types.QUANTITY + "AppleExerciseTime", "sum", null),
    STAND_HOURS("standHours", Types.STAND_HOUR, "count", Types.STOOD),
    FLIGHTS("flightsClimbed", Types.QUANTITY + "FlightsClimbed", "sum", null),
    RESTING_HEART_RATE("restingHeartRate", Types.QUANTITY + "RestingHeartRate", "avg", null),
    HRV("hrvMs", Types.QUANTITY + "HeartRateVariabilitySDNN", "avg", null),
    VO2_MAX("vo2Max", Types.QUANTITY + "VO2Max", "avg", null),
    // the average, not the latest: series can average a day, and the summary must say what series says
    WEIGHT("weightKg", Types.QUANTITY + "BodyMass", "avg", null);

    final String field;
    final String type;
    private final String agg;
    private final String categoryValue;

    DailyMetric(String field, String type, String agg, String categoryValue) {
        this.field = field;
        this.type = type;
        this.agg = agg;
        this.categoryValue = categoryValue;
    }

    /** The series request for these days: day buckets as lived (no {@code tz}), merged by priority. */
    SeriesQuery query(DayRange days) {
        return query(days, agg, categoryValue);
    }

    static SeriesQuery query(DayRange days, String agg, String categoryValue) {
        return new SeriesQuery(days.from().toString(), days.to().toString(), "day", agg, null, null, null, null,
                null, null, categoryValue);
    }

    static final class Types {
        static final String QUANTITY = "HKQuantityTypeIdentifier";
        static final String STAND_HOUR = "HKCategoryTypeIdentifierAppleStandHour";
        static final String STOOD = "HKCategoryValueAppleStandHourStood";

        private Types() {
        }
    }
}
