package dev.healthsync.pipeline;

/** One quantity type's statistics over a workout ({@code HKStatistics}); absent aggregates are null. */
public record RawStatistic(String type, Double sum, Double min, Double avg, Double max, String unit) {
}
