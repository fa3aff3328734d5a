package dev.healthsync.query.workouts;

import dev.healthsync.health.Decimals;
import dev.healthsync.storage.WorkoutRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a route adds up to: its points, the segments between pauses, the distance along them (great-circle, on the
 * mean Earth radius), the bounding box in GeoJSON's order, and the altitude gained and lost within segments, from
 * the points' own altitudes without smoothing (the watch's altitudes are already fused with its barometer).
 */
record RouteSummary(int points, int segments, double distanceMeters, double[] bbox, Double elevationGainMeters,
                    Double elevationLossMeters) {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    static RouteSummary of(List<WorkoutRow.RoutePoint> points, List<List<WorkoutRow.RoutePoint>> segments) {
        double[] bbox = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (WorkoutRow.RoutePoint point : points) {
            bbox[0] = Math.min(bbox[0], point.longitude());
            bbox[1] = Math.min(bbox[1], point.latitude());
            bbox[2] = Math.max(bbox[2], point.longitude());
            bbox[3] = Math.max(bbox[3], point.latitude());
        }
        double distance = 0;
        double gain = 0;
        double loss = 0;
        boolean altitudes = false;
        for (List<WorkoutRow.RoutePoint> segment : segments) {
            for (int i = 1; i < segment.size(); i++) {
                WorkoutRow.RoutePoint from = segment.get(i - 1);
                WorkoutRow.RoutePoint to = segment.get(i);
                distance += meters(from, to);
                if (from.altitude() != null && to.altitude() != null) {
                    altitudes = true;
                    double climb = to.altitude() - from.altitude();
                    gain += Math.max(climb, 0);
                    loss += Math.max(-climb, 0);
                }
            }
        }
        return new RouteSummary(points.size(), segments.size(), distance, points.isEmpty() ? null : bbox,
                altitudes ? gain : null, altitudes ? loss : null);
    }

    static double meters(WorkoutRow.RoutePoint from, WorkoutRow.RoutePoint to) {
        double lat1 = Math.toRadians(from.latitude());
        double lat2 = Math.toRadians(to.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.longitude() - from.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    Map<String, Object> toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("points", points);
        body.put("segments", segments);
        body.put("distanceMeters", round(distanceMeters));
        body.put("bbox", bbox == null ? null : List.of(bbox[0], bbox[1], bbox[2], bbox[3]));
        body.put("elevationGainMeters", elevationGainMeters == null ? null : round(elevationGainMeters));
        body.put("elevationLossMeters", elevationLossMeters == null ? null : round(elevationLossMeters));
        return body;
    }

    /** Centimetres: GPS gives no more, and the sum of many segments would show its binary noise. */
    private static double round(double meters) {
        return Decimals.clean(Math.round(meters * 100) / 100.0);
    }
}
