package dev.healthsync.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the points of a route sent again, or sent in parts, to the route already stored. A point is identified by
 * its timestamp and its place among the points sharing that timestamp (Apple writes such pairs), so the same
 * route sent twice adds nothing and a longer version adds only what is new.
 */
final class RouteMerge {

    record Merged(List<WorkoutRow.RoutePoint> points, int added) {
    }

    private RouteMerge() {
    }

    /** {@code stored} in stored (time) order, {@code incoming} in the order it arrived. */
    static Merged merge(List<WorkoutRow.RoutePoint> stored, List<WorkoutRow.RoutePoint> incoming) {
        if (stored.isEmpty()) {
            List<WorkoutRow.RoutePoint> sorted = new ArrayList<>(incoming);
            sorted.sort(Comparator.comparingLong(WorkoutRow.RoutePoint::timeMs));
            return new Merged(sorted, sorted.size());
        }
        Map<Long, Integer> storedAtTime = countByTime(stored);
        Map<Long, Integer> incomingAtTime = new HashMap<>();
        List<WorkoutRow.RoutePoint> merged = new ArrayList<>(stored.size() + incoming.size());
        merged.addAll(stored);
        for (WorkoutRow.RoutePoint point : incoming) {
            int placeAmongSameTime = incomingAtTime.merge(point.timeMs(), 1, Integer::sum) - 1;
            if (placeAmongSameTime >= storedAtTime.getOrDefault(point.timeMs(), 0)) {
                merged.add(point);
            }
        }
        int added = merged.size() - stored.size();
        // A stable sort keeps stored points ahead of new ones at the same timestamp, so their places hold.
        merged.sort(Comparator.comparingLong(WorkoutRow.RoutePoint::timeMs));
        return new Merged(merged, added);
    }

    private static Map<Long, Integer> countByTime(List<WorkoutRow.RoutePoint> points) {
        Map<Long, Integer> counts = new HashMap<>();
        for (WorkoutRow.RoutePoint point : points) {
            counts.merge(point.timeMs(), 1, Integer::sum);
        }
        return counts;
    }
}
