package dev.healthsync.cli.bench;

import static dev.healthsync.health.ExportDates.civil;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the {@code Workout} elements of a generated export as iOS 17 does (metadata, segment and pause events,
 * {@code WorkoutStatistics}, a {@code WorkoutRoute} with a {@code FileReference} for outdoor activities), about
 * three a week in the evening, and afterwards their GPX files: one point a second, as the watch records them.
 * Not thread-safe.
 */
final class WorkoutLines {

    private static final long WORKOUTS = 1_000;
    private static final long ROUTES = 2_000;

    /** A route file to write once export.xml is done. */
    record Route(long index, String activity, long start, long seconds, String path) {
    }

    private final TextOut out;
    private final Draws draws;
    private final long seed;
    private final long firstDay;
    private final long days;
    private final List<Route> routes = new ArrayList<>();
    private long workouts;
    private long statistics;
    private long events;
    private long metadataEntries;

    WorkoutLines(TextOut out, long seed, long firstDay, long days) {
        this.out = out;
        this.seed = seed;
        this.draws = new Draws(seed);
        this.firstDay = firstDay;
        this.days = days;
    }

    void writeAll() {
        for (long day = 0; day < days; day++) {
            draws.at(WORKOUTS, day);
            if (draws.below(7) < 3) {
                workout(day);
            }
        }
    }

    private void workout(long day) {
        long pick = draws.below(100);
        String activity = pick < 45 ? "Running" : pick < 70 ? "Walking" : pick < 85 ? "Cycling"
                : "TraditionalStrengthTraining";
        boolean outdoor = !activity.equals("TraditionalStrengthTraining");
        long seconds = draws.between(1_200, 4_500);
        long start = ExportDates.instant(firstDay + day, 17 * 3600 + draws.below(150 * 60));
        long end = start + seconds;
        out.text(" <Workout workoutActivityType=\"HKWorkoutActivityType").text(activity).text("\" duration=\"")
                .decimal(seconds * 1_000_000 / 60, 6).text("\" durationUnit=\"min\" sourceName=\"")
                .text(RecordMix.WATCH.name()).text("\" sourceVersion=\"").text(RecordMix.WATCH.version())
                .text("\" device=\"&lt;&lt;HKDevice: 0x").hex(0x280000000L + (draws.below(1 << 26) << 4))
                .text("&gt;, ").text(RecordMix.WATCH.device()).text("&gt;\" creationDate=\"");
        ExportDates.export(out, end + draws.between(5, 60));
        out.text("\" startDate=\"");
        ExportDates.export(out, start);
        out.text("\" endDate=\"");
        ExportDates.export(out, end);
        out.text("\">\n");
        entry("HKIndoorWorkout", outdoor ? "0" : "1");
        metadata("HKAverageMETs").decimal(draws.between(30_000, 110_000), 4).text(" kcal/hr·kg\"/>\n");
        entry("HKTimeZone", ExportDates.ZONE);
        if (outdoor) {
            metadata("HKWeatherTemperature").decimal(draws.between(320, 860), 1).text(" degF\"/>\n");
            metadata("HKWeatherHumidity").number(draws.between(40, 99) * 100).text(" %\"/>\n");
            metadata("HKElevationAscended").number(draws.between(200, 9_000)).text(" cm\"/>\n");
        }
        for (long t = 600; t < seconds; t += 600) {
            out.text("  <WorkoutEvent type=\"HKWorkoutEventTypeSegment\" date=\"");
            ExportDates.export(out, start + t - 600);
            out.text("\" duration=\"").decimal(draws.between(9_000_000, 10_000_000), 6)
                    .text("\" durationUnit=\"min\"/>\n");
            events++;
        }
        if (outdoor && draws.below(3) == 0) {
            long pause = start + seconds / 2;
            event("HKWorkoutEventTypePause", pause);
            event("HKWorkoutEventTypeResume", pause + draws.between(10, 120));
        }
        statistic("ActiveEnergyBurned", start, end).text(" sum=\"").decimal(seconds * draws.between(120, 230), 3)
                .text("\" unit=\"kcal\"/>\n");
        statistic("BasalEnergyBurned", start, end).text(" sum=\"").decimal(seconds * draws.between(17, 22), 3)
                .text("\" unit=\"kcal\"/>\n");
        if (outdoor) {
            long metersPerHour = activity.equals("Running") ? 10_500 : activity.equals("Walking") ? 5_200 : 22_000;
            statistic(activity.equals("Cycling") ? "DistanceCycling" : "DistanceWalkingRunning", start, end)
                    .text(" sum=\"").decimal(seconds * metersPerHour / 3600 * draws.between(900, 1100) / 1000, 3)
                    .text("\" unit=\"km\"/>\n");
        }
        statistic("HeartRate", start, end).text(" average=\"").decimal(draws.between(1_050_000, 1_450_000), 4)
                .text("\" minimum=\"").number(draws.between(80, 100)).text("\" maximum=\"")
                .number(draws.between(150, 186)).text("\" unit=\"count/min\"/>\n");
        if (activity.equals("Running") || activity.equals("Walking")) {
            statistic("StepCount", start, end).text(" sum=\"").number(seconds * draws.between(140, 170) / 60)
                    .text("\" unit=\"count\"/>\n");
        }
        if (outdoor) {
            route(activity, start, seconds);
        }
        out.text(" </Workout>\n");
        workouts++;
    }

    private void route(String activity, long start, long seconds) {
        long local = ExportDates.localSecondOfDay(start);
        long hour = local / 3600;
        long[] ymd = civil(ExportDates.localDay(start));
        String name = String.format("route_%04d-%02d-%02d_%d.%02d%s.gpx", ymd[0], ymd[1], ymd[2],
                hour % 12 == 0 ? 12 : hour % 12, local / 60 % 60, hour < 12 ? "am" : "pm");
        routes.add(new Route(routes.size(), activity, start, seconds, "workout-routes/" + name));
        out.text("  <WorkoutRoute sourceName=\"").text(RecordMix.WATCH.name()).text("\" sourceVersion=\"")
                .text(RecordMix.WATCH.version()).text("\" creationDate=\"");
        ExportDates.export(out, start + seconds + 30);
        out.text("\" startDate=\"");
        ExportDates.export(out, start);
        out.text("\" endDate=\"");
        ExportDates.export(out, start + seconds);
        out.text("\">\n ");
        entry("HKMetadataKeySyncVersion", "2");
        out.text(" ");
        metadata("HKMetadataKeySyncIdentifier").hex(draws.nextLong() >>> 1).text("\"/>\n");
        out.text("   <FileReference path=\"/").text(routes.get(routes.size() - 1).path()).text("\"/>\n")
                .text("  </WorkoutRoute>\n");
    }

    /** Writes the GPX file of a route; returns its points. */
    long gpx(TextOut gpx, Route route) {
        Draws d = new Draws(seed).at(ROUTES, route.index());
        String title = route.path().substring("workout-routes/route_".length(), route.path().length() - 4)
                .replace('_', ' ').replace('.', ':');
        gpx.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"Apple Health Export\""
                + " xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd\">"
                + "\n  <metadata>\n    <time>");
        ExportDates.iso(gpx, route.start() + route.seconds() + 30);
        gpx.text("</time>\n  </metadata>\n  <trk>\n    <name>Route ").text(title).text("</name>\n    <trkseg>\n");
        double speed = route.activity().equals("Running") ? 2.9 : route.activity().equals("Walking") ? 1.4 : 6.1;
        long latitude = 52_360_000 + d.between(-20_000, 20_000);
        long longitude = 4_885_200 + d.between(-30_000, 30_000);
        long elevation = d.between(-2_000_000, 8_000_000);
        double course = d.between(0.0, 360.0);
        for (long s = 0; s < route.seconds(); s++) {
            course = (course + d.between(-8.0, 8.0) + 360.0) % 360.0;
            double v = speed * d.between(0.8, 1.2);
            latitude += Math.round(Math.cos(Math.toRadians(course)) * v * 9.0);
            longitude += Math.round(Math.sin(Math.toRadians(course)) * v * 14.7);
            elevation += d.between(-40_000, 40_000);
            gpx.text("      <trkpt lon=\"").decimal(longitude, 6).text("\" lat=\"").decimal(latitude, 6)
                    .text("\"><ele>").decimal(elevation, 6).text("</ele><time>");
            ExportDates.iso(gpx, route.start() + s);
            gpx.text("</time><extensions><speed>").decimal(Math.round(v * 1e6), 6).text("</speed><course>")
                    .decimal(Math.round(course * 1e6), 6).text("</course><hAcc>").decimal(d.between(1_500_000,
                            9_000_000), 6).text("</hAcc><vAcc>").decimal(d.between(1_000_000, 7_000_000), 6)
                    .text("</vAcc></extensions></trkpt>\n");
        }
        gpx.text("    </trkseg>\n  </trk>\n</gpx>\n");
        return route.seconds();
    }

    List<Route> routes() {
        return routes;
    }

    long workouts() {
        return workouts;
    }

    long statistics() {
        return statistics;
    }

    long events() {
        return events;
    }

    long metadataEntries() {
        return metadataEntries;
    }

    private TextOut statistic(String type, long start, long end) {
        statistics++;
        out.text("  <WorkoutStatistics type=\"HKQuantityTypeIdentifier").text(type).text("\" startDate=\"");
        ExportDates.export(out, start);
        out.text("\" endDate=\"");
        ExportDates.export(out, end);
        return out.text("\"");
    }

    private void event(String type, long date) {
        out.text("  <WorkoutEvent type=\"").text(type).text("\" date=\"");
        ExportDates.export(out, date);
        out.text("\"/>\n");
        events++;
    }

    private TextOut metadata(String key) {
        metadataEntries++;
        return out.text("  <MetadataEntry key=\"").text(key).text("\" value=\"");
    }

    private void entry(String key, String value) {
        metadata(key).text(value).text("\"/>\n");
    }
}
