package dev.healthsync.storage;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import java.util.List;

/** A workout ready to store, with its children; statistics are in their types' canonical units. */
public record WorkoutRow(byte[] identityKey, String uuid, String activityType, Moment start, Moment end,
                         Double durationSeconds, SourceInfo source, DeviceInfo device, String metadataJson,
                         List<Statistic> statistics, List<Event> events, List<RoutePoint> route) {

    public record Statistic(String type, Double sum, Double min, Double avg, Double max, String unit) {
    }

    public record Event(String type, Moment date, Double durationSeconds, String metadataJson) {
    }

    public record RoutePoint(long timeMs, double latitude, double longitude, Double altitude, Double speed,
                             Double course, Double horizontalAccuracy, Double verticalAccuracy) {
    }
}
