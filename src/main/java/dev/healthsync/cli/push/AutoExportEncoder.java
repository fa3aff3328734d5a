package dev.healthsync.cli.push;

import dev.healthsync.cli.push.AutoExportNames.Metric;
import dev.healthsync.cli.push.AutoExportNames.Shape;
import dev.healthsync.health.CategoryValues;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * Health Auto Export's REST body (docs/contracts.md#health-auto-export): {@code {"data": {"metrics": [{name, units, data: [points]}],
 * "workouts": [v2]}}}, sent with {@code ?aggregation=none} so that every point is stored as a sample. Points of a
 * record with a time span carry {@code startDate}/{@code endDate} instead of {@code date}, so the server keeps the
 * record's end and finds it again under the same identity. The app writes percentages as percent points (97 where
 * HealthKit has 0.97): values in {@code %} are multiplied by 100, in decimal so that no binary error is added.
 * Types without a metric name ({@link AutoExportNames}) and all documents are skipped.
 */
final class AutoExportEncoder implements BatchEncoder {

    private static final int NOT_APPLICABLE = 0;
    private static final String[] SLEEP_STAGES = {"In Bed", "Asleep", "Awake", "Core", "Deep", "REM"};

    @Override
    public String skipReason(RawSample sample) {
        String notSample = SampleTypes.skipReason(sample.type());
        if (notSample != null) {
            return notSample;
        }
        Metric metric = AutoExportNames.of(sample.type());
        if (metric == null) {
            return sample.type() + ": no Health Auto Export metric";
        }
        OptionalInt code = code(sample);
        boolean expressible = switch (metric.shape()) {
            case QUANTITY, HEART_RATE, BLOOD_PRESSURE -> sample.value() != null;
            case SLEEP -> code.isPresent() && code.getAsInt() >= 0 && code.getAsInt() < SLEEP_STAGES.length;
            case STAND_HOUR -> code.isPresent() && (code.getAsInt() == 0 || code.getAsInt() == 1);
            case EVENT -> code.isPresent() && code.getAsInt() == NOT_APPLICABLE;
        };
        return expressible ? null : sample.type() + ": value not expressible in auto-export";
    }

    @Override
    public String skipReason(RawWorkout workout) {
        return null;
    }

    @Override
    public String skipReason(RawDocument document) {
        return document.kind() + ": no documents in the auto-export format";
    }

    @Override
    public void write(Batch batch, JsonGenerator out) {
        out.writeStartObject();
        out.writeObjectPropertyStart("data");
        out.writeArrayPropertyStart("metrics");
        for (Map.Entry<String, List<RawSample>> series : series(batch).entrySet()) {
            List<RawSample> samples = series.getValue();
            Metric metric = AutoExportNames.of(samples.get(0).type());
            out.writeStartObject();
            out.writeStringProperty("name", metric.name());
            JsonParts.string(out, "units", units(metric, samples.get(0)));
            out.writeArrayPropertyStart("data");
            if (metric.shape() == Shape.BLOOD_PRESSURE) {
                AutoExportPoints.bloodPressure(out, samples);
            } else {
                samples.forEach(sample -> point(out, metric.shape(), sample));
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayPropertyStart("workouts");
        batch.workouts().forEach(workout -> AutoExportWorkouts.write(out, workout));
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    /** The batch's samples by metric name and unit: one {@code metrics} element each, in order of appearance. */
    private static Map<String, List<RawSample>> series(Batch batch) {
        Map<String, List<RawSample>> series = new LinkedHashMap<>();
        for (RawSample sample : batch.samples()) {
            String key = AutoExportNames.of(sample.type()).name() + '\u0000' + sample.unit();
            series.computeIfAbsent(key, k -> new ArrayList<>()).add(sample);
        }
        return series;
    }

    private static String units(Metric metric, RawSample first) {
        return switch (metric.shape()) {
            case SLEEP -> "hr";
            case STAND_HOUR, EVENT -> "count";
            default -> first.unit();
        };
    }

    private static void point(JsonGenerator out, Shape shape, RawSample sample) {
        out.writeStartObject();
        switch (shape) {
            case QUANTITY -> {
                AutoExportPoints.dates(out, sample);
                out.writeNumberProperty("qty", percentPoints(sample.value(), sample.unit()));
            }
            case HEART_RATE -> {
                // the app writes heart rate as a Min/Avg/Max summary even for a single measurement
                AutoExportPoints.dates(out, sample);
                out.writeNumberProperty("Min", sample.value().doubleValue());
                out.writeNumberProperty("Avg", sample.value().doubleValue());
                out.writeNumberProperty("Max", sample.value().doubleValue());
            }
            case SLEEP -> {
                AutoExportPoints.span(out, sample);
                out.writeStringProperty("value", SLEEP_STAGES[code(sample).getAsInt()]);
            }
            case STAND_HOUR -> {
                AutoExportPoints.span(out, sample);
                out.writeNumberProperty("qty", code(sample).getAsInt() == 0 ? 1 : 0);
            }
            case EVENT -> AutoExportPoints.span(out, sample);
            default -> throw new IllegalStateException("blood pressure is written in pairs");
        }
        AutoExportPoints.sourceAndMetadata(out, sample);
        out.writeEndObject();
    }

    /** A value in {@code %} as the app writes it: 0.97 becomes 97. */
    static double percentPoints(double value, String unit) {
        if (unit == null || !unit.strip().equals("%")) {
            return value;
        }
        return BigDecimal.valueOf(value).movePointRight(2).doubleValue();
    }

    /** The category code of a sample, sent as an integer or as HealthKit's value name. */
    static OptionalInt code(RawSample sample) {
        if (sample.value() != null) {
            double v = sample.value();
            return v == Math.rint(v) ? OptionalInt.of((int) v) : OptionalInt.empty();
        }
        return CategoryValues.code(sample.type(), sample.textValue());
    }
}
