package dev.healthsync.ingest.exportpro;

import dev.healthsync.health.Moment;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.ingest.decoder.RoutePointFields;
import dev.healthsync.pipeline.RawRoutePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonToken;

/**
 * Reads {@code workoutRoutes}: an object keyed by workout UUID, each an array of {@code CLLocation} points,
 * handed to the sink one workout at a time (the pipeline attaches them to the workout, which may come before or
 * after in the body). The guide calls the entries "route sets", so an element that is a route object holding its
 * points under {@code locations} (or {@code points}, {@code route}) is read as well, its points joined in order.
 * A point without a time or coordinates is rejected on its own path; the rest of the route stays (ranges are
 * checked by the pipeline, the same for every app).
 */
final class ExportProRouteSection {

    /** Route point fields: {@code CLLocation}'s names and the short ones other tools write. */
    private static final Map<String, RoutePointFields.Field> POINT_FIELDS = RoutePointFields.names(Map.of(
            "date", RoutePointFields.Field.TIME, "time", RoutePointFields.Field.TIME,
            "lat", RoutePointFields.Field.LATITUDE, "lon", RoutePointFields.Field.LONGITUDE,
            "lng", RoutePointFields.Field.LONGITUDE, "alt", RoutePointFields.Field.ALTITUDE));

    private final ExportProReader in;

    ExportProRouteSection(ExportProReader in) {
        this.in = in;
    }

    /** The {@code workoutRoutes} value the parser is on; a value that is not an object is rejected and skipped. */
    void read(String parent, String name) {
        if (!in.section(parent, name, JsonToken.START_OBJECT)) {
            return;
        }
        String path = JsonPaths.field(parent, name);
        String workoutUuid;
        while ((workoutUuid = in.nextField()) != null) {
            if (!in.section(path, workoutUuid, JsonToken.START_ARRAY)) {
                continue;
            }
            String routePath = JsonPaths.field(path, workoutUuid);
            List<RawRoutePoint> points = new ArrayList<>();
            points(routePath, points);
            if (!points.isEmpty()) {
                in.sink.route(routePath, workoutUuid, points);
            }
        }
    }

    /** Reads the array the parser is on into {@code into}, rejecting broken points one by one. */
    void points(String arrayPath, List<RawRoutePoint> into) {
        in.eachRecord(arrayPath, pointPath -> point(pointPath, into));
    }

    private void point(String path, List<RawRoutePoint> into) {
        boolean[] routeSet = {false};
        RoutePointFields point = RoutePointFields.read(path, POINT_FIELDS, in::nextField,
                (p, field) -> moment(in.date(p, field)), in::number, (p, field) -> {
                    switch (field) {
                        case "locations", "points", "route" -> {
                            routeSet[0] = true;
                            if (in.section(p, field, JsonToken.START_ARRAY)) {
                                points(JsonPaths.field(p, field), into);
                            }
                        }
                        default -> in.ignore(p, field);
                    }
                });
        if (!(routeSet[0] && point.hasNoCoordinates())) {
            into.add(point.point(path));
        }
    }

    private static Moment moment(ExportProDates.Parsed date) {
        return date == null ? null : date.moment();
    }
}
