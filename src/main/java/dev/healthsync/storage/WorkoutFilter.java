package dev.healthsync.storage;

/**
 * Which workouts a list holds: one user's, optionally starting in [from, to) (epoch milliseconds), of one activity
 * type (a full {@code HKWorkoutActivityType…} identifier), from the source and device of one name each, and after
 * a position in the list's order (start, then id).
 */
public record WorkoutFilter(long userId, Long fromMs, Long toMs, String activityType, String source,
                            String device, Position after) {

    public record Position(long startMs, long id) {
    }
}
