package dev.healthsync.query.workouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.healthsync.health.Moment;
import dev.healthsync.storage.WorkoutRow;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RouteSegmentsTest {

    private static final List<WorkoutRow.RoutePoint> TEN_POINTS = IntStream.range(0, 10)
            .mapToObj(s -> new WorkoutRow.RoutePoint(s * 1000L, 48 + s / 1000.0, 11, null, null, null, null, null))
            .toList();

    @Test
    void withoutPausesTheRouteIsOneSegment() {
        assertThat(split(List.of())).containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertThat(split(List.of(event("HKWorkoutEventTypeLap", 3000), event("HKWorkoutEventTypeResume", 4000))))
                .as("neither a lap nor a resume without a pause cuts").hasSize(1);
    }

    @Test
    void pointsWhilePausedAreLeftOutAndEachResumeStartsASegment() {
        assertThat(split(List.of(event("HKWorkoutEventTypePause", 3000), event("HKWorkoutEventTypeResume", 5000))))
                .containsExactly(List.of(0, 1, 2), List.of(5, 6, 7, 8, 9));
        assertThat(split(List.of(event("HKWorkoutEventTypeMotionPaused", 2500),
                event("HKWorkoutEventTypeMotionResumed", 2600)))).as("a pause between two points, none inside")
                .containsExactly(List.of(0, 1, 2), List.of(3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void aPauseWithoutResumeEndsTheRouteAndALonePointDrawsNoLine() {
        assertThat(split(List.of(event("HKWorkoutEventTypePause", 7000)))).containsExactly(List.of(0, 1, 2, 3, 4, 5, 6));
        assertThat(split(List.of(event("HKWorkoutEventTypeResume", 2000), event("HKWorkoutEventTypePause", 1000),
                event("HKWorkoutEventTypePause", 3000), event("HKWorkoutEventTypeResume", 9000))))
                .as("events in any order; every point between pauses is alone").isEmpty();
    }

    @Test
    void summaryCountsDistanceAndClimbWithinSegmentsOnly() {
        List<WorkoutRow.RoutePoint> points = List.of(point(0, 0, 100.0), point(1, 1, 110.0), point(2, 10, 90.0),
                point(3, 11, 95.0));
        RouteSummary summary = RouteSummary.of(points, List.of(points.subList(0, 2), points.subList(2, 4)));
        double step = 6_371_008.8 * Math.toRadians(0.001);
        assertThat(summary.distanceMeters()).isCloseTo(2 * step, within(1e-6));
        assertThat(summary.elevationGainMeters()).isEqualTo(15.0);
        assertThat(summary.elevationLossMeters()).as("the fall across the gap is not counted").isZero();
        assertThat(summary.bbox()).containsExactly(11.0, 48.0, 11.0, 48.011);
        assertThat(RouteSummary.of(List.of(point(0, 0, null), point(1, 1, null)), List.of()).elevationGainMeters())
                .isNull();
    }

    private static WorkoutRow.RoutePoint point(long second, int thousandths, Double altitude) {
        return new WorkoutRow.RoutePoint(second * 1000, 48 + thousandths / 1000.0, 11, altitude, null, null, null,
                null);
    }

    private static WorkoutRow.Event event(String type, long ms) {
        return new WorkoutRow.Event(type, new Moment(ms, 0), null, null);
    }

    private static List<List<Integer>> split(List<WorkoutRow.Event> events) {
        return RouteSegments.split(TEN_POINTS, events).stream()
                .map(segment -> segment.stream().map(p -> (int) (p.timeMs() / 1000)).toList()).toList();
    }
}
