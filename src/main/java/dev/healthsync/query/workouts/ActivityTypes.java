package dev.healthsync.query.workouts;

import dev.healthsync.system.InvalidParameterException;
import java.util.regex.Pattern;

/** HealthKit's activity type identifiers, which people also write short: {@code Running} for the full name. */
final class ActivityTypes {

    static final String PREFIX = "HKWorkoutActivityType";
    private static final Pattern NAME = Pattern.compile("[A-Za-z]+");

    private ActivityTypes() {
    }

    /** The full identifier for {@code HKWorkoutActivityTypeRunning}, {@code Running} or {@code running}. */
    static String parameter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : value;
        if (!NAME.matcher(name).matches()) {
            throw new InvalidParameterException("activityType", "activityType must be a HealthKit activity type "
                    + "such as HKWorkoutActivityTypeRunning or Running");
        }
        return PREFIX + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code Running} for {@code HKWorkoutActivityTypeRunning}: what a GPX track's type and name show. */
    static String shortName(String activityType) {
        return activityType.startsWith(PREFIX) ? activityType.substring(PREFIX.length()) : activityType;
    }
}
