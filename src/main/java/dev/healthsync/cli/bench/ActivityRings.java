package dev.healthsync.cli.bench;

import dev.healthsync.cli.bench.RecordMix.Series;

/**
 * Each day's Activity rings as the Health app shows them from the watch's records alone: active energy summed,
 * exercise minutes summed, stood hours counted. Added up as the records are written, so that the export's
 * {@code ActivitySummary} elements agree with its records exactly, which the server's merge must reproduce
 * (the phone's active energy lying under the watch's must not count). Not thread-safe.
 */
final class ActivityRings {

    private final long[] energy;
    private final long[] exercise;
    private final long[] stood;
    private final int energyScale = scale(RecordMix.ACTIVE_ENERGY);
    private final int exerciseScale = scale(RecordMix.EXERCISE);

    ActivityRings(long days) {
        energy = new long[(int) days];
        exercise = new long[(int) days];
        stood = new long[(int) days];
    }

    /** A quantity record's unscaled value on day {@code day} of the export. */
    void add(Series s, long day, long unscaled) {
        if (s.source() == RecordMix.WATCH && s.type().equals(RecordMix.ACTIVE_ENERGY)) {
            energy[(int) day] += unscaled;
        } else if (s.source() == RecordMix.WATCH && s.type().equals(RecordMix.EXERCISE)) {
            exercise[(int) day] += unscaled;
        }
    }

    /** A category record's value on day {@code day} of the export. */
    void add(Series s, long day, String category) {
        if (s.source() == RecordMix.WATCH && s.type().equals(RecordMix.STAND_HOUR)
                && category.equals(RecordMix.STOOD)) {
            stood[(int) day]++;
        }
    }

    /** One {@code ActivitySummary} per day, the first being local day {@code firstDay}. */
    void write(TextOut xml, long firstDay) {
        for (int day = 0; day < energy.length; day++) {
            xml.text(" <ActivitySummary dateComponents=\"");
            ExportDates.day(xml, firstDay + day);
            xml.text("\" activeEnergyBurned=\"").decimal(energy[day], energyScale)
                    .text("\" activeEnergyBurnedGoal=\"600\" activeEnergyBurnedUnit=\"Cal\" appleMoveTime=\"0\""
                            + " appleMoveTimeGoal=\"0\" appleExerciseTime=\"").decimal(exercise[day], exerciseScale)
                    .text("\" appleExerciseTimeGoal=\"30\" appleStandHours=\"").number(stood[day])
                    .text("\" appleStandHoursGoal=\"12\"/>\n");
        }
    }

    private static int scale(String type) {
        return RecordMix.SERIES.get(RecordMix.index(type)).scale();
    }
}
