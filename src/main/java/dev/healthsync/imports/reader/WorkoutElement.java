package dev.healthsync.imports.reader;

import dev.healthsync.health.CreationDates;
import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RawWorkoutEvent;
import dev.healthsync.pipeline.RecordSink;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads {@code Workout} elements with their metadata, events, statistics, activities and routes.
 * <p>
 * Statistics come from {@code WorkoutStatistics} first. The legacy attributes {@code totalDistance} and
 * {@code totalEnergyBurned} (with their units) become statistics only when no {@code WorkoutStatistics} of a
 * distance type, or of active energy, exists: iOS 16+ writes both, and they must not count twice. A repeated
 * statistics type keeps its first element. The iOS 16+ {@code WorkoutActivity} children are kept whole in the
 * metadata as {@code HKWorkoutActivities} (see {@link ElementJson}), and their statistics are not added to the
 * workout's: the parent's {@code WorkoutStatistics} already cover them. Not thread-safe.
 */
final class WorkoutElement {

    static final String ACTIVITIES_KEY = "HKWorkoutActivities";

    private final RecordSink sink;
    private final ReadStats stats;
    private final Provenance provenance;
    private final RouteElement routes;
    private final ElementJson elements;
    private final Metadata metadata = new Metadata();

    WorkoutElement(RecordSink sink, ReadStats stats, Provenance provenance, ExportFiles files) {
        this.sink = sink;
        this.stats = stats;
        this.provenance = provenance;
        this.routes = new RouteElement(stats, files);
        this.elements = new ElementJson(stats, provenance);
    }

    /** Route files the workouts read so far referred to. */
    java.util.Set<String> referencedRoutes() {
        return routes.referenced();
    }

    void read(XMLStreamReader2 reader) throws XMLStreamException {
        String path = stats.pathHere("Workout");
        WorkoutAttributes a = WorkoutAttributes.read(reader, stats, path);
        metadata.clear();
        if (a.creationDate() != null) {
            metadata.put(CreationDates.KEY, a.creationDate());
        }
        List<RawStatistic> statistics = new ArrayList<>();
        List<RawWorkoutEvent> events = new ArrayList<>();
        List<RawRoutePoint> route = new ArrayList<>();
        List<String> activities = new ArrayList<>();
        while (Xml.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "MetadataEntry" -> Elements.metadataEntry(reader, metadata, stats, path);
                case "WorkoutStatistics" -> statistic(reader, path, statistics);
                case "WorkoutEvent" -> events.add(WorkoutEvents.read(reader, stats, path + "/WorkoutEvent"));
                case "WorkoutActivity" -> {
                    activities.add(elements.read(reader, path + "/WorkoutActivity[" + activities.size() + "]")
                            .toJson());
                    stats.read("WorkoutActivity");
                }
                case "WorkoutRoute" -> routes.read(reader, path, route);
                default -> Elements.unknownElement(reader, stats, path);
            }
        }
        stats.read("Workout");
        if (!activities.isEmpty()) {
            metadata.putJson(ACTIVITIES_KEY, "[" + String.join(",", activities) + "]");
        }
        Moment start = ExportDates.parse(a.startDate());
        Moment end = ExportDates.parse(a.endDate());
        if (a.startDate() != null && start == null) {
            stats.reject(path, a.activityType(), "startDate", "is not a date");
            return;
        }
        if (a.endDate() != null && end == null) {
            stats.reject(path, a.activityType(), "endDate", "is not a date");
            return;
        }
        legacyTotals(a, statistics);
        sink.workout(new RawWorkout(path, null, a.activityType(), start, end, a.durationSeconds(stats), statistics,
                events, route, provenance.source(a.sourceName(), a.sourceVersion()), provenance.device(a.device()),
                metadata.toJson()));
    }

    private void statistic(XMLStreamReader2 reader, String path, List<RawStatistic> statistics)
            throws XMLStreamException {
        String type = null;
        Double sum = null;
        Double min = null;
        Double avg = null;
        Double max = null;
        String unit = null;
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String name = reader.getAttributeLocalName(i);
            switch (name) {
                case "type" -> type = reader.getAttributeValue(i);
                case "sum" -> sum = Numbers.parse(reader.getAttributeValue(i));
                case "minimum" -> min = Numbers.parse(reader.getAttributeValue(i));
                case "average" -> avg = Numbers.parse(reader.getAttributeValue(i));
                case "maximum" -> max = Numbers.parse(reader.getAttributeValue(i));
                case "unit" -> unit = reader.getAttributeValue(i);
                case "startDate", "endDate" -> {
                    // the workout's own span in every export seen; the workout's dates are kept instead
                }
                default -> Elements.unknownAttribute("WorkoutStatistics", name, stats, path + "/WorkoutStatistics");
            }
        }
        Xml.skip(reader);
        stats.read("WorkoutStatistics");
        String statisticType = type;
        if (type == null || statistics.stream().anyMatch(s -> s.type().equals(statisticType))) {
            stats.skipped("WorkoutStatistics", type, type == null ? "type missing" : "type repeated (the first is kept)", 1);
            return;
        }
        statistics.add(new RawStatistic(type, sum, min, avg, max, unit));
    }

    private void legacyTotals(WorkoutAttributes a, List<RawStatistic> statistics) {
        Double distance = Numbers.parse(a.totalDistance());
        if (distance != null && statistics.stream().noneMatch(s -> s.type().startsWith(WorkoutAttributes.DISTANCE))) {
            statistics.add(new RawStatistic(WorkoutAttributes.distanceType(a.activityType()), distance, null, null,
                    null, a.totalDistanceUnit()));
        }
        Double energy = Numbers.parse(a.totalEnergyBurned());
        if (energy != null && statistics.stream().noneMatch(s -> s.type().equals(WorkoutAttributes.ACTIVE_ENERGY))) {
            statistics.add(new RawStatistic(WorkoutAttributes.ACTIVE_ENERGY, energy, null, null, null,
                    a.totalEnergyBurnedUnit()));
        }
    }
}
