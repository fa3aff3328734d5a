package dev.healthsync.query.series;

import java.time.Duration;

/** The width of a series bucket; {@code nominal} is its usual length, for limits (a day may have 23 or 25 hours). */
enum BucketUnit {
    MINUTE(Duration.ofMinutes(1)), HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(28)), YEAR(Duration.ofDays(365));

    final Duration nominal;

    BucketUnit(Duration nominal) {
        this.nominal = nominal;
    }

    /** Whether buckets of this unit are whole days, which the days as lived can fill. */
    boolean wholeDays() {
        return this.compareTo(DAY) >= 0;
    }
}
