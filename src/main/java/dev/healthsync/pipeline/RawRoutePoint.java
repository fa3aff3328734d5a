package dev.healthsync.pipeline;

import dev.healthsync.health.Moment;

/**
 * One {@code CLLocation} of a workout route, as read: optional measurements are null when the sender omitted them,
 * and nothing is checked yet (CoreLocation's -1 for "unknown", a latitude out of range): {@link RoutePoints} does
 * that once for every sender.
 *
 * @param path where the point was sent, to name it when it is dropped: its JSON path ({@code workouts[0].route[3]})
 *             or its element in the export ({@code Location@120:7}, {@code trkpt@workout-routes/run.gpx:17:5});
 *             see {@link RecordPaths}
 */
public record RawRoutePoint(String path, Moment time, double latitude, double longitude, Double altitude,
                            Double speed, Double course, Double horizontalAccuracy, Double verticalAccuracy) {
}
