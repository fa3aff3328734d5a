package dev.healthsync.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteMergeTest {

    private static WorkoutRow.RoutePoint at(long timeMs, double latitude) {
        return new WorkoutRow.RoutePoint(timeMs, latitude, 11.5, null, null, null, null, null);
    }

    @Test
    void aNewRouteIsStoredInTimeOrderKeepingTheArrivalOrderOfPointsSharingATimestamp() {
        RouteMerge.Merged merged = RouteMerge.merge(List.of(), List.of(at(3_000, 3), at(1_000, 1), at(3_000, 3.5)));
        assertThat(merged.added()).isEqualTo(3);
        assertThat(merged.points()).containsExactly(at(1_000, 1), at(3_000, 3), at(3_000, 3.5));
    }

    @Test
    void theSameRouteSentAgainAddsNothing() {
        List<WorkoutRow.RoutePoint> route = List.of(at(1_000, 1), at(2_000, 2), at(2_000, 2.5));
        List<WorkoutRow.RoutePoint> stored = RouteMerge.merge(List.of(), route).points();
        RouteMerge.Merged again = RouteMerge.merge(stored, route);
        assertThat(again.added()).isZero();
        assertThat(again.points()).isEqualTo(stored);
    }

    @Test
    void aLongerVersionAddsOnlyItsNewPointsIncludingAnotherPointAtAStoredTimestamp() {
        List<WorkoutRow.RoutePoint> stored = List.of(at(1_000, 1), at(2_000, 2));
        RouteMerge.Merged merged = RouteMerge.merge(stored,
                List.of(at(2_000, 2), at(2_000, 2.5), at(500, 0.5), at(1_000, 1)));
        assertThat(merged.added()).isEqualTo(2);
        assertThat(merged.points()).containsExactly(at(500, 0.5), at(1_000, 1), at(2_000, 2), at(2_000, 2.5));
    }
}
