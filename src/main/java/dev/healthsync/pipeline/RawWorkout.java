package dev.healthsync.pipeline;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import java.util.List;

/** A workout as a decoder read it, with its statistics, events and route. */
public record RawWorkout(String path, String uuid, String activityType, Moment start, Moment end,
                         Double durationSeconds, List<RawStatistic> statistics, List<RawWorkoutEvent> events,
                         List<RawRoutePoint> route, SourceInfo source, DeviceInfo device, String metadataJson) {

    public RawWorkout {
        statistics = statistics == null ? List.of() : List.copyOf(statistics);
        events = events == null ? List.of() : List.copyOf(events);
        route = route == null ? List.of() : List.copyOf(route);
    }
}
