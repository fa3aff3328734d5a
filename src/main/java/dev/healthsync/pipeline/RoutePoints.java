package dev.healthsync.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks the points of a route, the same for every sender: the three push decoders, GPX files and export.xml's
 * inline {@code Location}s only read them. A point without a time, or with a latitude outside [-90, 90] or a
 * longitude outside [-180, 180] (or not a finite number) is dropped from the route and reported as a rejection of
 * that field of the point, while the workout and the other points are kept. A negative or non-finite speed, course
 * or accuracy is CoreLocation's -1 for "not measured" and becomes null; a non-finite altitude becomes null (a
 * negative one is real: the Dead Sea). Points out of time order are sorted by time, keeping the order of points
 * that share a time (Apple writes such pairs). Stateless; thread-safe.
 */
final class RoutePoints {

    private static final Comparator<RawRoutePoint> BY_TIME = Comparator.comparingLong(p -> p.time().epochMillis());

    /** The points kept, in time order, and one rejection per point dropped. */
    record Checked(List<RawRoutePoint> points, List<Normalizer.Outcome<Void>> dropped) {
    }

    private RoutePoints() {
    }

    /**
     * Checks {@code sent}, the points of the route at {@code routePath}; a point that does not say where it was sent
     * is named by its index under that path.
     */
    static Checked check(String routePath, List<RawRoutePoint> sent) {
        List<RawRoutePoint> kept = new ArrayList<>(sent.size());
        List<Normalizer.Outcome<Void>> dropped = new ArrayList<>(0);
        boolean ordered = true;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < sent.size(); i++) {
            RawRoutePoint point = sent.get(i);
            Normalizer.Outcome<Void> problem = problem(point, i, routePath);
            if (problem != null) {
                dropped.add(problem);
                continue;
            }
            long time = point.time().epochMillis();
            ordered &= time >= last;
            last = Math.max(last, time);
            kept.add(measured(point));
        }
        if (!ordered) {
            kept.sort(BY_TIME); // List.sort is stable
        }
        return new Checked(kept, dropped);
    }

    /** Why the point cannot be kept, as a rejection of its field; null when it can. */
    private static Normalizer.Outcome<Void> problem(RawRoutePoint point, int index, String routePath) {
        String field;
        String reason;
        if (point.time() == null) {
            field = "timestamp";
            reason = "missing";
        } else if (!Double.isFinite(point.latitude()) || !Double.isFinite(point.longitude())) {
            field = Double.isFinite(point.latitude()) ? "longitude" : "latitude";
            reason = "not a finite number";
        } else if (Math.abs(point.latitude()) > 90 || Math.abs(point.longitude()) > 180) {
            field = Math.abs(point.latitude()) > 90 ? "latitude" : "longitude";
            reason = "out of range";
        } else {
            return null;
        }
        String path = point.path() != null ? point.path() : routePath + "[" + index + "]";
        return Normalizer.Outcome.rejected(path, field, reason, null);
    }

    /** The point with CoreLocation's "not measured" values as null; the same instance when it has none. */
    private static RawRoutePoint measured(RawRoutePoint p) {
        Double altitude = Double.isFinite(orZero(p.altitude())) ? p.altitude() : null;
        Double speed = known(p.speed());
        Double course = known(p.course());
        Double horizontal = known(p.horizontalAccuracy());
        Double vertical = known(p.verticalAccuracy());
        if (altitude == p.altitude() && speed == p.speed() && course == p.course()
                && horizontal == p.horizontalAccuracy() && vertical == p.verticalAccuracy()) {
            return p;
        }
        return new RawRoutePoint(p.path(), p.time(), p.latitude(), p.longitude(), altitude, speed, course, horizontal,
                vertical);
    }

    private static Double known(Double measurement) {
        return measurement == null || measurement < 0 || !Double.isFinite(measurement) ? null : measurement;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
