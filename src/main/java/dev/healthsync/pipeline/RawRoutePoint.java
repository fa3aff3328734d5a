package dev.healthsync.pipeline;

import dev.healthsync.health.Moment;

/** One {@code CLLocation} of a workout route; optional measurements are null when the sender omitted them. */
public record RawRoutePoint(Moment time, double latitude, double longitude, Double altitude, Double speed,
                            Double course, Double horizontalAccuracy, Double verticalAccuracy) {
}
