package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.Moment;
import dev.healthsync.ingest.decoder.InvalidField;

/**
 * One data point of a metric or of a workout's series, with every field any of the app's point shapes has. Which
 * shape it is shows in which fields are set ({@link #hasStats}, {@link #isBloodPressure}, …): the app does not say,
 * and the shape is decided per point. Not thread-safe.
 */
final class HaePoint {

    String path;
    Moment date;
    Moment startDate;
    Moment endDate;
    Double qty;
    Double min;
    Double avg;
    Double max;
    Double systolic;
    Double diastolic;
    Double totalSleep;
    Double asleep;
    Double core;
    Double deep;
    Double rem;
    Double awake;
    Double inBed;
    Moment sleepStart;
    Moment sleepEnd;
    Moment inBedStart;
    Moment inBedEnd;
    String sleepSource;
    String inBedSource;
    String value;
    String mealTime;
    String reason;
    String source;
    String units;
    String metadata;
    Double unspecified;
    Double protectionUsed;
    Double protectionNotUsed;

    HaePoint(String path) {
        this.path = path;
    }

    /** Reads the object the parser is on; a value of the wrong type throws {@link InvalidField}. */
    static HaePoint read(HaeReader in, String path) {
        HaePoint p = new HaePoint(path);
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "date" -> p.date = in.date(path, field);
                case "startDate", "start" -> p.startDate = in.date(path, field);
                case "endDate", "end" -> p.endDate = in.date(path, field);
                case "qty" -> p.qty = in.number(path, field);
                case "Min", "min" -> p.min = in.number(path, field);
                case "Avg", "avg" -> p.avg = in.number(path, field);
                case "Max", "max" -> p.max = in.number(path, field);
                case "systolic" -> p.systolic = in.number(path, field);
                case "diastolic" -> p.diastolic = in.number(path, field);
                case "totalSleep" -> p.totalSleep = in.number(path, field);
                case "asleep" -> p.asleep = in.number(path, field);
                case "core" -> p.core = in.number(path, field);
                case "deep" -> p.deep = in.number(path, field);
                case "rem" -> p.rem = in.number(path, field);
                case "awake" -> p.awake = in.number(path, field);
                case "inBed" -> p.inBed = in.number(path, field);
                case "sleepStart" -> p.sleepStart = in.date(path, field);
                case "sleepEnd" -> p.sleepEnd = in.date(path, field);
                case "inBedStart" -> p.inBedStart = in.date(path, field);
                case "inBedEnd" -> p.inBedEnd = in.date(path, field);
                case "sleepSource" -> p.sleepSource = in.text(path, field);
                case "inBedSource" -> p.inBedSource = in.text(path, field);
                case "value" -> p.value = in.text(path, field);
                case "mealTime" -> p.mealTime = in.text(path, field);
                case "reason" -> p.reason = in.text(path, field);
                case "source" -> p.source = in.text(path, field);
                case "units", "unit" -> p.units = in.text(path, field);
                case "metadata" -> p.metadata = in.metadata(path, field);
                case "Unspecified" -> p.unspecified = in.number(path, field);
                case "Protection Used" -> p.protectionUsed = in.number(path, field);
                case "Protection Not Used" -> p.protectionNotUsed = in.number(path, field);
                default -> in.ignore(path, field);
            }
        }
        return p;
    }

    boolean hasStats() {
        return min != null || avg != null || max != null;
    }

    boolean isBloodPressure() {
        return systolic != null || diastolic != null;
    }

    boolean isSexualActivity() {
        return unspecified != null || protectionUsed != null || protectionNotUsed != null;
    }

    /** A sleep stage with its own start and end ({@code value} like {@code Core}). */
    boolean isSleepSegment() {
        return value != null && startDate != null;
    }

    /** A night summed up: hours asleep, in bed and per stage. */
    boolean isSleepSummary() {
        return !isSleepSegment() && (totalSleep != null || asleep != null || core != null || deep != null
                || rem != null || awake != null || inBed != null);
    }

    /** The point's own time range, when it has one rather than a single date. */
    boolean isRange() {
        return date == null && startDate != null;
    }

    /** The main value: {@code qty}, else the average of a {@code Min/Avg/Max} point. */
    Double mainValue() {
        return qty != null ? qty : avg;
    }

    /** Sources as written, falling back on the sleep-specific ones. */
    String anySource() {
        if (source != null) {
            return source;
        }
        return sleepSource != null ? sleepSource : inBedSource;
    }
}
