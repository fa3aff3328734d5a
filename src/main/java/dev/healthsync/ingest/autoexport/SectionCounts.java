package dev.healthsync.ingest.autoexport;

import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RecordSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what each section of a body held, by the first segment of each record's path ({@code metrics[3].data[7]}
 * belongs to {@code metrics}), and passes every call on. Lets a response say per section what arrived without
 * the decoder knowing about responses.
 */
final class SectionCounts implements RecordSink {

    private final RecordSink next;
    private final Map<String, long[]> sections = new LinkedHashMap<>();

    SectionCounts(RecordSink next) {
        this.next = next;
    }

    @Override
    public void sample(RawSample sample) {
        count(sample.path(), 0);
        next.sample(sample);
    }

    @Override
    public void workout(RawWorkout workout) {
        count(workout.path(), 0);
        next.workout(workout);
    }

    @Override
    public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
        count(path, 0);
        next.route(path, workoutUuid, points);
    }

    @Override
    public void aggregate(RawAggregate aggregate) {
        count(aggregate.path(), 0);
        next.aggregate(aggregate);
    }

    @Override
    public void document(RawDocument document) {
        count(document.path(), 0);
        next.document(document);
    }

    @Override
    public void reject(String path, String reason) {
        count(path, 1);
        next.reject(path, reason);
    }

    @Override
    public void ignored(String path) {
        next.ignored(path);
    }

    /** {@code {section: {"records": n, "rejected": m}}} in the order sections appeared. */
    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        sections.forEach((name, counts) -> {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("records", counts[0]);
            section.put("rejected", counts[1]);
            view.put(name, section);
        });
        return view;
    }

    private void count(String path, int slot) {
        sections.computeIfAbsent(section(path), k -> new long[2])[slot]++;
    }

    static String section(String path) {
        String rest = path == null ? "" : path.startsWith("data.") ? path.substring(5) : path;
        int end = 0;
        while (end < rest.length() && rest.charAt(end) != '[' && rest.charAt(end) != '.') {
            end++;
        }
        return end == 0 ? "body" : rest.substring(0, end);
    }
}
