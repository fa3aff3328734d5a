package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.pipeline.RecordSink;
import java.util.ArrayList;
import java.util.List;

/**
 * A workouts CSV: {@code Workout Type, Start, End, Duration} and then summary columns
 * ({@code Active Energy (kcal)}, {@code Max. Heart Rate (count/min)}, {@code Distance (km)}, {@code Location}…),
 * read into the same statistics and metadata as the JSON form ({@link HaeWorkoutParts}). Times are local, in the
 * user's zone; durations are {@code HH:MM:SS}. The rows carry no id: workouts are identified downstream by type,
 * times and source. One per file; not thread-safe.
 */
final class HaeCsvWorkouts {

    private static final String NAME = "workouttype";
    private static final String START = "start";
    private static final String END = "end";
    private static final String DURATION = "duration";

    private final String file;
    private final HaeOptions options;
    private final RecordSink sink;

    HaeCsvWorkouts(String file, HaeOptions options, RecordSink sink) {
        this.file = file;
        this.options = options;
        this.sink = sink;
    }

    /** Whether a header is a workouts header. */
    static boolean isWorkouts(List<String> header) {
        for (String cell : header) {
            String key = HaeMetricNames.key(HaeCsvColumn.parse(0, cell).name());
            if (key.equals(NAME)) {
                return true;
            }
        }
        return false;
    }

    void read(List<String> header, HaeCsvReader rows) {
        List<HaeCsvColumn> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isBlank()) {
                continue;
            }
            HaeCsvColumn column = HaeCsvColumn.parse(i, header.get(i));
            String key = HaeMetricNames.key(column.name());
            boolean known = key.equals(NAME) || key.equals("type") || key.equals(START) || key.equals(END)
                    || key.equals(DURATION) || HaeWorkoutParts.isSummary(column.name())
                    || new HaeWorkoutParts().text(column.name(), null);
            if (known) {
                columns.add(column);
            } else {
                sink.ignored(JsonPaths.field(file, column.header()));
            }
        }
        List<String> record;
        int index = 0;
        while ((record = rows.next()) != null) {
            String path = JsonPaths.index(file, index++);
            try {
                row(path, columns, record);
            } catch (InvalidField e) {
                sink.reject(e.path(), e.reason());
            }
        }
    }

    private void row(String path, List<HaeCsvColumn> columns, List<String> record) {
        HaeWorkoutParts parts = new HaeWorkoutParts();
        String name = null;
        Moment start = null;
        Moment end = null;
        Double duration = null;
        for (HaeCsvColumn column : columns) {
            String cell = column.cell(record);
            if (cell == null) {
                continue;
            }
            String cellPath = JsonPaths.field(path, column.header());
            switch (HaeMetricNames.key(column.name())) {
                case NAME, "type" -> name = cell;
                case START -> start = date(cell, cellPath);
                case END -> end = date(cell, cellPath);
                case DURATION -> {
                    duration = HaeDurations.seconds(cell);
                    if (duration == null) {
                        throw new InvalidField(cellPath, "expected seconds or HH:MM:SS");
                    }
                }
                default -> {
                    if (!parts.text(column.name(), cell)) {
                        Double value = HaeCsvColumn.number(cell);
                        if (value == null) {
                            throw new InvalidField(cellPath, "expected a number");
                        }
                        parts.quantity(column.name(), value, column.unit());
                    }
                }
            }
        }
        if (start == null) {
            throw new InvalidField(JsonPaths.field(path, "Start"), "missing");
        }
        if (end == null && duration != null) {
            end = new Moment(start.epochMillis() + Math.round(duration * 1000), start.offsetSeconds());
        }
        if (end == null) {
            throw new InvalidField(JsonPaths.field(path, "End"), "missing");
        }
        sink.workout(parts.build(path, null, name, start, end, duration, List.of(), SourceInfo.UNKNOWN, null));
    }

    private Moment date(String cell, String path) {
        Moment moment = HaeDates.parse(cell, options.zone());
        if (moment == null) {
            throw new InvalidField(path, HaeDates.BAD_DATE);
        }
        return moment;
    }
}
