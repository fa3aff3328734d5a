package dev.healthsync.storage;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import java.util.List;

/**
 * A workout as read back, with its statistics (in their types' canonical units) and the number of its route points
 * (0 without a route); events and the route itself are read on their own, for one workout at a time.
 */
public record StoredWorkout(long id, String uuid, String activityType, Moment start, Moment end,
                            Double durationSeconds, SourceInfo source, DeviceInfo device, String metadataJson,
                            int routePoints, List<WorkoutRow.Statistic> statistics) {

    public WorkoutFilter.Position position() {
        return new WorkoutFilter.Position(start.epochMillis(), id);
    }
}
