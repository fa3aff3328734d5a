package dev.healthsync.query.workouts;

import dev.healthsync.storage.WorkoutRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A route cut where its workout was paused, so a map draws no straight line across the gap and a distance does not
 * count it. A pause (manual or the watch's auto-pause) lasts until the next resume, or to the end without one;
 * points recorded while paused are left out, and a segment of a single point, which draws no line, too.
 */
final class RouteSegments {

    private static final Set<String> PAUSES = Set.of("HKWorkoutEventTypePause", "HKWorkoutEventTypeMotionPaused");
    private static final Set<String> RESUMES = Set.of("HKWorkoutEventTypeResume", "HKWorkoutEventTypeMotionResumed");

    private RouteSegments() {
    }

    static List<List<WorkoutRow.RoutePoint>> split(List<WorkoutRow.RoutePoint> points,
                                                    List<WorkoutRow.Event> events) {
        List<long[]> pauses = pauses(events);
        List<List<WorkoutRow.RoutePoint>> segments = new ArrayList<>();
        List<WorkoutRow.RoutePoint> current = new ArrayList<>();
        int pause = 0;
        for (WorkoutRow.RoutePoint point : points) {
            boolean resumedSinceLastPoint = false;
            while (pause < pauses.size() && pauses.get(pause)[1] <= point.timeMs()) {
                pause++;
                resumedSinceLastPoint = true;
            }
            boolean paused = pause < pauses.size() && pauses.get(pause)[0] <= point.timeMs();
            if (resumedSinceLastPoint || paused) {
                close(current, segments);
                current = new ArrayList<>();
            }
            if (!paused) {
                current.add(point);
            }
        }
        close(current, segments);
        return segments;
    }

    /** Paused spans [pause, resume) in time order; a repeated pause or a resume without a pause changes nothing. */
    private static List<long[]> pauses(List<WorkoutRow.Event> events) {
        List<WorkoutRow.Event> ordered = events.stream()
                .sorted(Comparator.comparingLong(e -> e.date().epochMillis())).toList();
        List<long[]> pauses = new ArrayList<>();
        Long pausedAt = null;
        for (WorkoutRow.Event event : ordered) {
            if (PAUSES.contains(event.type()) && pausedAt == null) {
                pausedAt = event.date().epochMillis();
            } else if (RESUMES.contains(event.type()) && pausedAt != null) {
                pauses.add(new long[] {pausedAt, event.date().epochMillis()});
                pausedAt = null;
            }
        }
        if (pausedAt != null) {
            pauses.add(new long[] {pausedAt, Long.MAX_VALUE});
        }
        return pauses;
    }

    private static void close(List<WorkoutRow.RoutePoint> segment, List<List<WorkoutRow.RoutePoint>> segments) {
        if (segment.size() >= 2) {
            segments.add(segment);
        }
    }
}
