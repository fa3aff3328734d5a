package dev.healthsync.ingest.exportpro;

import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import dev.healthsync.pipeline.RawRoutePoint;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonToken;

/**
 * Reads {@code workoutRoutes}: an object keyed by workout UUID, each an array of {@code CLLocation} points,
 * handed to the sink one workout at a time (the pipeline attaches them to the workout, which may come before or
 * after in the body). The guide calls the entries "route sets", so an element that is a route object holding its
 * points under {@code locations} (or {@code points}, {@code route}) is read as well, its points joined in order.
 * A broken point is rejected on its own path; the rest of the route stays.
 */
final class ExportProRouteSection {

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
        ExportProDates.Parsed time = null;
        Double latitude = null;
        Double longitude = null;
        Double altitude = null;
        Double speed = null;
        Double course = null;
        Double horizontal = null;
        Double vertical = null;
        boolean routeSet = false;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "timestamp", "date", "time" -> time = in.date(path, field);
                case "latitude", "lat" -> latitude = in.number(path, field);
                case "longitude", "lon", "lng" -> longitude = in.number(path, field);
                case "altitude", "alt" -> altitude = in.number(path, field);
                case "speed" -> speed = in.number(path, field);
                case "course" -> course = in.number(path, field);
                case "horizontalAccuracy" -> horizontal = in.number(path, field);
                case "verticalAccuracy" -> vertical = in.number(path, field);
                case "locations", "points", "route" -> {
                    routeSet = true;
                    if (in.section(path, field, JsonToken.START_ARRAY)) {
                        points(JsonPaths.field(path, field), into);
                    }
                }
                default -> in.ignore(path, field);
            }
        }
        if (routeSet && latitude == null && longitude == null) {
            return;
        }
        if (time == null) {
            throw JsonCursor.invalid(path, "timestamp", "missing");
        }
        if (latitude == null) {
            throw JsonCursor.invalid(path, "latitude", "missing");
        }
        if (longitude == null) {
            throw JsonCursor.invalid(path, "longitude", "missing");
        }
        if (Math.abs(latitude) > 90) {
            throw JsonCursor.invalid(path, "latitude", "out of range");
        }
        if (Math.abs(longitude) > 180) {
            throw JsonCursor.invalid(path, "longitude", "out of range");
        }
        into.add(new RawRoutePoint(time.moment(), latitude, longitude, altitude, speed, course, horizontal, vertical));
    }
}
