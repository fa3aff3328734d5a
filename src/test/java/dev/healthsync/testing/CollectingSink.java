package dev.healthsync.testing;

import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RecordSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps everything a decoder hands over, for decoder tests to assert on. */
public class CollectingSink implements RecordSink {

    public final List<RawSample> samples = new ArrayList<>();
    public final List<RawWorkout> workouts = new ArrayList<>();
    public final Map<String, List<RawRoutePoint>> routes = new LinkedHashMap<>();
    public final List<RawAggregate> aggregates = new ArrayList<>();
    public final List<RawDocument> documents = new ArrayList<>();
    public final Map<String, String> rejects = new LinkedHashMap<>();
    public final List<String> ignored = new ArrayList<>();

    @Override
    public void sample(RawSample sample) {
        samples.add(sample);
    }

    @Override
    public void workout(RawWorkout workout) {
        workouts.add(workout);
    }

    @Override
    public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
        routes.computeIfAbsent(workoutUuid, k -> new ArrayList<>()).addAll(points);
    }

    @Override
    public void aggregate(RawAggregate aggregate) {
        aggregates.add(aggregate);
    }

    @Override
    public void document(RawDocument document) {
        documents.add(document);
    }

    @Override
    public void reject(String path, String reason) {
        rejects.put(path, reason);
    }

    @Override
    public void ignored(String path) {
        ignored.add(path);
    }

    public List<RawSample> samplesOf(String type) {
        return samples.stream().filter(s -> type.equals(s.type())).toList();
    }

    public List<RawAggregate> aggregatesOf(String type) {
        return aggregates.stream().filter(a -> type.equals(a.type())).toList();
    }
}
