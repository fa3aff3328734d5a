package dev.healthsync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.Moment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the one place route points are checked, whoever read them. */
class RoutePointsTest {

    private static final long T = 1_741_107_600_000L;

    @Test
    void pointsOutOfRangeOrNotFiniteAreDroppedAndEachIsReportedByItsPathAndField() {
        RoutePoints.Checked checked = RoutePoints.check("workouts[0].route", List.of(
                point("workouts[0].route[0]", 0, 48.1, 11.5),
                point("workouts[0].route[1]", 1, 91, 11.5),
                point("workouts[0].route[2]", 2, 48.1, -181),
                point("workouts[0].route[3]", 3, Double.NaN, 11.5),
                point("workouts[0].route[4]", 4, 48.1, Double.POSITIVE_INFINITY),
                point("workouts[0].route[5]", 5, -90, 180),
                point("workouts[0].route[6]", 6, 90, -180)));

        assertThat(checked.points()).extracting(RawRoutePoint::path)
                .as("the bounds themselves are positions").containsExactly("workouts[0].route[0]",
                        "workouts[0].route[5]", "workouts[0].route[6]");
        assertThat(checked.dropped()).extracting(d -> d.rejection().path() + " " + d.rejection().reason())
                .containsExactly("workouts[0].route[1].latitude out of range",
                        "workouts[0].route[2].longitude out of range",
                        "workouts[0].route[3].latitude not a finite number",
                        "workouts[0].route[4].longitude not a finite number");
        assertThat(checked.dropped()).extracting(Normalizer.Outcome::problem)
                .as("what the import's report groups by").startsWith("latitude out of range");
        assertThat(checked.dropped()).allSatisfy(d -> assertThat(d.type()).isNull());
    }

    @Test
    void coreLocationsMinusOneAndNonFiniteMeasurementsMeanNotMeasured() {
        RawRoutePoint sent = new RawRoutePoint("trkpt@workout-routes/r.gpx:9:7", new Moment(T, 0), 52.5, 13.4,
                Double.NaN, -1.0, -1.0, -1.0, Double.POSITIVE_INFINITY);
        RawRoutePoint kept = new RawRoutePoint("trkpt@workout-routes/r.gpx:9:7", new Moment(T, 0), 52.5, 13.4,
                -412.0, 0.0, 359.9, 4.1, 3.0);

        RoutePoints.Checked checked = RoutePoints.check("route", List.of(sent, kept));

        assertThat(checked.points()).containsExactly(
                new RawRoutePoint("trkpt@workout-routes/r.gpx:9:7", new Moment(T, 0), 52.5, 13.4, null, null, null,
                        null, null),
                kept);
        assertThat(checked.points().get(1)).as("a point with nothing to change is kept as it is").isSameAs(kept);
        assertThat(checked.dropped()).isEmpty();
    }

    @Test
    void pointsOutOfTimeOrderAreSortedKeepingTheOrderOfPointsThatShareATime() {
        RoutePoints.Checked checked = RoutePoints.check("route", List.of(
                point("a", 3, 1, 1), point("b", 1, 1, 1), point("c", 2, 1, 1), point("d", 1, 1, 1),
                point("e", 0, 1, 1)));

        assertThat(checked.points()).extracting(RawRoutePoint::path).containsExactly("e", "b", "d", "c", "a");
        assertThat(checked.dropped()).as("sorted, not dropped").isEmpty();
    }

    @Test
    void aPointWithoutATimeOrAPathIsNamedByItsIndexUnderTheRoute() {
        RoutePoints.Checked checked = RoutePoints.check("workoutRoutes.W", List.of(
                point(null, 0, 1, 1), new RawRoutePoint(null, null, 1, 1, null, null, null, null, null),
                point(null, 2, 95, 1)));

        assertThat(checked.points()).hasSize(1);
        assertThat(checked.dropped()).extracting(d -> d.rejection().path() + " " + d.rejection().reason())
                .containsExactly("workoutRoutes.W[1].timestamp missing", "workoutRoutes.W[2].latitude out of range");
    }

    @Test
    void aWorkoutIsStoredWithoutItsBadPointAndTheNormalizerListsTheDroppedOne() {
        Moment start = new Moment(T, 3600);
        RawWorkout workout = new RawWorkout("workouts[2]", null, "HKWorkoutActivityTypeRunning", start,
                new Moment(T + 600_000, 3600), 600.0, List.of(), List.of(),
                List.of(point("workouts[2].route[0]", 1, 48.1, 11.5), point("workouts[2].route[1]", 0, 95, 11.5),
                        point("workouts[2].route[2]", 0, 48.2, 11.6)),
                null, null, null);

        Normalizer.Outcome<?> outcome = new Normalizer().workout(workout);

        assertThat(outcome.rejection()).isNull();
        assertThat(((dev.healthsync.storage.WorkoutRow) outcome.value()).route())
                .extracting(dev.healthsync.storage.WorkoutRow.RoutePoint::latitude).containsExactly(48.2, 48.1);
        assertThat(outcome.dropped()).extracting(d -> d.rejection().path())
                .containsExactly("workouts[2].route[1].latitude");
    }

    private static RawRoutePoint point(String path, int second, double latitude, double longitude) {
        return new RawRoutePoint(path, new Moment(T + second * 1000L, 0), latitude, longitude, null, null, null, null,
                null);
    }
}
