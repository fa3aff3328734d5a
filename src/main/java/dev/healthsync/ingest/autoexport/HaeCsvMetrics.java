package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.Moment;
import dev.healthsync.ingest.autoexport.HaeMetric.Kind;
import dev.healthsync.ingest.decoder.InvalidField;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.pipeline.RecordSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A metrics CSV: a date column, then one column per metric ({@code Step Count (count)}) or per part of one
 * ({@code Heart Rate [Min] (count/min)}, {@code Sleep Analysis [Deep] (hr)}). Each row becomes the same points the
 * JSON form has, emitted by the same {@link HaePointEmitter}; whether they are buckets is decided over the file's
 * rows like over a JSON series (date-only rows, and rows all at midnight, are days). One per file; not thread-safe.
 */
final class HaeCsvMetrics {

    private final String file;
    private final HaeOptions options;
    private final RecordSink sink;
    private final HaePointEmitter emitter;

    HaeCsvMetrics(String file, HaeOptions options, RecordSink sink) {
        this.file = file;
        this.options = options;
        this.sink = sink;
        this.emitter = new HaePointEmitter(sink, options.zone());
    }

    void read(List<String> header, HaeCsvReader rows) {
        HaeCsvColumn dateColumn = HaeCsvColumn.parse(0, header.get(0));
        Map<String, Group> groups = groups(header);
        HaeBuckets.Detector<List<Entry>> detector = new HaeBuckets.Detector<>(this::emit);
        String fixed = options.fixedBucket();
        boolean raw = HaeOptions.NONE.equals(options.aggregation());
        List<String> record;
        int index = 0;
        while ((record = rows.next()) != null) {
            String rowPath = JsonPaths.index(file, index++);
            String dateText = dateColumn.cell(record);
            Moment date = HaeDates.parse(dateText, options.zone());
            if (date == null) {
                sink.reject(JsonPaths.field(rowPath, dateColumn.header()), dateText == null ? "missing"
                        : HaeDates.BAD_DATE);
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            for (Group group : groups.values()) {
                try {
                    HaePoint point = group.point(record, rowPath, date);
                    if (point != null) {
                        entries.add(new Entry(group, point));
                    }
                } catch (InvalidField e) {
                    sink.reject(e.path(), e.reason());
                }
            }
            if (fixed != null || raw) {
                emit(entries, fixed);
            } else {
                detector.offer(entries, date);
            }
        }
        detector.finish();
    }

    private void emit(List<Entry> entries, String bucket) {
        for (Entry entry : entries) {
            HaeMetric metric = entry.group.metric;
            if (metric.kind() == Kind.SLEEP) {
                emitter.sleep(metric.type(), entry.group.unit, entry.point);
            } else {
                emitter.emit(metric, entry.group.unit, entry.point, bucket);
            }
        }
    }

    /** The metric columns by metric; unknown columns are reported as ignored once, here. */
    private Map<String, Group> groups(List<String> header) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int i = 1; i < header.size(); i++) {
            if (header.get(i).isBlank()) {
                continue;
            }
            HaeCsvColumn column = HaeCsvColumn.parse(i, header.get(i));
            HaeMetric metric = HaeMetricNames.find(column.name());
            if (metric == null || !partKnown(metric.kind(), column.part())) {
                sink.ignored(JsonPaths.field(file, column.header()));
                continue;
            }
            groups.computeIfAbsent(metric.name(), name -> new Group(metric, column.name())).add(column);
        }
        return groups;
    }

    private static boolean partKnown(Kind kind, String part) {
        if (part == null) {
            return true;
        }
        String key = HaeMetricNames.key(part);
        return switch (kind) {
            case HEART_RATE -> key.equals("min") || key.equals("avg") || key.equals("max");
            case BLOOD_PRESSURE -> key.equals("systolic") || key.equals("diastolic");
            case SLEEP -> List.of("total", "asleep", "inbed", "core", "deep", "rem", "awake").contains(key);
            case SEXUAL_ACTIVITY -> List.of("unspecified", "protectionused", "protectionnotused").contains(key);
            default -> false;
        };
    }

    private record Entry(Group group, HaePoint point) {
    }

    /** The columns of one metric. */
    private static final class Group {

        private final HaeMetric metric;
        private final String name;
        private final List<HaeCsvColumn> columns = new ArrayList<>();
        private String unit;

        Group(HaeMetric metric, String name) {
            this.metric = metric;
            this.name = name;
        }

        void add(HaeCsvColumn column) {
            columns.add(column);
            if (unit == null) {
                unit = column.unit();
            }
        }

        /** The metric's point in a row, or null when all its cells are empty. */
        HaePoint point(List<String> record, String rowPath, Moment date) {
            HaePoint p = new HaePoint(JsonPaths.field(rowPath, name));
            p.date = date;
            boolean any = false;
            for (HaeCsvColumn column : columns) {
                String cell = column.cell(record);
                if (cell == null) {
                    continue;
                }
                Double value = HaeCsvColumn.number(cell);
                if (value == null) {
                    throw new InvalidField(JsonPaths.field(rowPath, column.header()), "expected a number");
                }
                set(p, column.part() == null ? "" : HaeMetricNames.key(column.part()), value);
                any = true;
            }
            return any ? p : null;
        }

        private static void set(HaePoint p, String part, double value) {
            switch (part) {
                case "min" -> p.min = value;
                case "avg" -> p.avg = value;
                case "max" -> p.max = value;
                case "systolic" -> p.systolic = value;
                case "diastolic" -> p.diastolic = value;
                case "total" -> p.totalSleep = value;
                case "asleep" -> p.asleep = value;
                case "inbed" -> p.inBed = value;
                case "core" -> p.core = value;
                case "deep" -> p.deep = value;
                case "rem" -> p.rem = value;
                case "awake" -> p.awake = value;
                case "unspecified" -> p.unspecified = value;
                case "protectionused" -> p.protectionUsed = value;
                case "protectionnotused" -> p.protectionNotUsed = value;
                default -> p.qty = value;
            }
        }
    }
}
