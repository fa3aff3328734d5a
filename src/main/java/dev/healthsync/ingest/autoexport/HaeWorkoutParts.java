package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawStatistic;
import dev.healthsync.pipeline.RawWorkout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary values of one workout, as the JSON (v1 and v2) and CSV forms name them, collected into statistics
 * and metadata. Values are matched by {@link HaeMetricNames#key} of their name, so {@code maxHeartRate} (JSON) and
 * {@code Max. Heart Rate} (CSV) are the same thing. One per workout; not thread-safe.
 * <p>
 * Statistics keep the units as sent (the normalizer converts), except spellings the unit table cannot know that
 * mean a unit it does: {@code MET} is {@code kcal/hr·kg} by definition, {@code steps} is {@code count},
 * {@code kmph} is {@code km/hr}. Quantities that HealthKit keeps in workout metadata (weather, elevation, speeds,
 * lap length) are written as {@code "<value> <unit>"} strings under export.xml's keys, as sent.
 */
final class HaeWorkoutParts {

    private static final String Q = "HKQuantityTypeIdentifier";
    private static final String HEART_RATE = Q + "HeartRate";

    private final Map<String, Statistic> statistics = new LinkedHashMap<>();
    private final HaeJson.Obj metadata = new HaeJson.Obj();
    private Double distance;
    private String distanceUnit;
    private String location;

    /** Takes a {@code {qty, units}} summary value by its name; false when the name is not a summary value. */
    boolean quantity(String name, Double qty, String unit) {
        if (qty == null) {
            return isSummary(name);
        }
        String u = unit(unit);
        switch (HaeMetricNames.key(name)) {
            case "distance" -> {
                distance = qty;
                distanceUnit = u;
            }
            case "activeenergyburned", "activeenergy" -> statistic(Q + "ActiveEnergyBurned", u).sum = qty;
            case "restingenergy", "basalenergy", "basalenergyburned" -> statistic(Q + "BasalEnergyBurned", u).sum = qty;
            case "intensity", "intesity" -> statistic(Q + "PhysicalEffort", u).avg = qty;
            case "avgheartrate", "averageheartrate" -> statistic(HEART_RATE, orBpm(u)).avg = qty;
            case "maxheartrate", "maximumheartrate" -> statistic(HEART_RATE, orBpm(u)).max = qty;
            case "minheartrate", "minimumheartrate" -> statistic(HEART_RATE, orBpm(u)).min = qty;
            case "stepcount", "steps" -> statistic(Q + "StepCount", orCount(u)).sum = qty;
            case "flightsclimbed" -> statistic(Q + "FlightsClimbed", orCount(u)).sum = qty;
            case "totalswimmingstrokecount", "swimmingstrokecount", "swimstrokes" ->
                    statistic(Q + "SwimmingStrokeCount", orCount(u)).sum = qty;
            case "totalenergy" -> metadata.put("HAETotalEnergy", text(qty, unit));
            case "temperature" -> metadata.put("HKWeatherTemperature", text(qty, unit));
            case "humidity" -> metadata.put("HKWeatherHumidity", text(qty, unit));
            case "elevationup", "elevationascended", "elevationgain" ->
                    metadata.put("HKElevationAscended", text(qty, unit));
            case "elevationdown", "elevationdescended", "elevationloss" ->
                    metadata.put("HKElevationDescended", text(qty, unit));
            case "avgspeed", "averagespeed", "speed" -> metadata.put("HKAverageSpeed", text(qty, unit));
            case "maxspeed", "maximumspeed" -> metadata.put("HKMaximumSpeed", text(qty, unit));
            case "laplength" -> metadata.put("HKLapLength", text(qty, unit));
            case "stepcadence" -> metadata.put("HAEStepCadence", text(qty, unit));
            case "swimcadence" -> metadata.put("HAESwimCadence", text(qty, unit));
            case "swolfscore" -> metadata.put("HKSWOLFScore", qty);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Takes a text summary value by its name; false when the name is not one. */
    boolean text(String name, String value) {
        switch (HaeMetricNames.key(name)) {
            case "location" -> location = value;
            case "strokestyle", "swimstrokestyle" -> metadata.put("HKSwimmingStrokeStyle", value);
            case "salinity", "watersalinity" -> metadata.put("HKWaterSalinity", value);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Heart rate over the workout from v2's {@code heartRate {min, avg, max}}. */
    void heartRate(Double min, Double avg, Double max, String unit) {
        Statistic statistic = statistic(HEART_RATE, orBpm(unit(unit)));
        statistic.min = min != null ? min : statistic.min;
        statistic.avg = avg != null ? avg : statistic.avg;
        statistic.max = max != null ? max : statistic.max;
    }

    /** A workout metadata entry the decoder derives. */
    void metadata(String key, Object value) {
        metadata.put(key, value);
    }

    /**
     * The workout. The activity comes from the name, {@code HKIndoorWorkout} from {@code location} or else from the
     * name, the distance's type from the activity. Metadata the app sent wins over what is derived here.
     */
    RawWorkout build(String path, String uuid, String name, Moment start, Moment end, Double duration,
                     List<RawRoutePoint> route, SourceInfo source, String sentMetadata) {
        HaeWorkoutNames.Activity activity = HaeWorkoutNames.resolve(name);
        Boolean indoor = activity.indoor();
        Integer swimmingLocation = activity.swimmingLocation();
        boolean knownPlace = true;
        switch (location == null ? "" : HaeMetricNames.key(location)) {
            case "indoor" -> indoor = Boolean.TRUE;
            case "outdoor" -> indoor = Boolean.FALSE;
            case "pool" -> swimmingLocation = HaeWorkoutNames.POOL;
            case "openwater" -> swimmingLocation = HaeWorkoutNames.OPEN_WATER;
            case "" -> knownPlace = true;
            default -> knownPlace = false;
        }
        HaeJson.Obj meta = new HaeJson.Obj().putAll(metadata.toJson())
                .put("HKIndoorWorkout", indoor).put("HKSwimmingLocationType", swimmingLocation)
                .put("HAEWorkoutName", activity.known() ? null : name)
                .put("HAELocation", knownPlace ? null : location)
                .putAll(sentMetadata);
        if (distance != null) {
            statistic(distanceType(activity.type()), distanceUnit).sum = distance;
        }
        List<RawStatistic> stats = statistics.values().stream().map(Statistic::raw).toList();
        return new RawWorkout(path, uuid, activity.type(), start, end, duration, stats, List.of(), route, source,
                null, meta.toJson());
    }

    /** The distance type HealthKit uses for an activity; walking and running distance for all others. */
    static String distanceType(String activityType) {
        String activity = activityType.substring(HaeWorkoutNames.PREFIX.length());
        return Q + switch (activity) {
            case "Cycling", "HandCycling" -> "DistanceCycling";
            case "Swimming" -> "DistanceSwimming";
            case "WheelchairWalkPace", "WheelchairRunPace" -> "DistanceWheelchair";
            case "CrossCountrySkiing" -> "DistanceCrossCountrySkiing";
            case "DownhillSkiing", "Snowboarding", "SnowSports" -> "DistanceDownhillSnowSports";
            case "Rowing" -> "DistanceRowing";
            case "PaddleSports" -> "DistancePaddleSports";
            case "SkatingSports" -> "DistanceSkatingSports";
            default -> "DistanceWalkingRunning";
        };
    }

    /** Unit spellings the unit table cannot know, for units it does. */
    static String unit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.strip()) {
            case "MET", "METs", "met" -> "kcal/hr·kg";
            case "steps", "step", "strokes" -> "count";
            case "kmph", "kmh" -> "km/hr";
            default -> unit;
        };
    }

    /** Whether {@link #quantity} knows the name, decided by the same switch on a scratch instance. */
    static boolean isSummary(String name) {
        HaeWorkoutParts probe = new HaeWorkoutParts();
        return probe.quantity(name, 0.0, null);
    }

    private Statistic statistic(String type, String unit) {
        Statistic statistic = statistics.computeIfAbsent(type, Statistic::new);
        if (statistic.unit == null) {
            statistic.unit = unit;
        }
        return statistic;
    }

    private static String orBpm(String unit) {
        return unit == null ? "count/min" : unit;
    }

    private static String orCount(String unit) {
        return unit == null ? "count" : unit;
    }

    private static String text(double qty, String unit) {
        String number = qty == Math.rint(qty) && Math.abs(qty) < 1e15
                ? Long.toString((long) qty) : Double.toString(qty);
        return unit == null || unit.isBlank() ? number : number + " " + unit.strip();
    }

    /** One statistic being collected. */
    private static final class Statistic {

        private final String type;
        private Double sum;
        private Double min;
        private Double avg;
        private Double max;
        private String unit;

        Statistic(String type) {
            this.type = type;
        }

        RawStatistic raw() {
            return new RawStatistic(type, sum, min, avg, max, unit);
        }
    }
}
