package dev.healthsync.cli.push;

import dev.healthsync.health.SourceInfo;
import dev.healthsync.pipeline.RawWorkout;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Workout UUIDs for the formats that need one (Health Export Pro keys routes by it, Health Auto Export v2
 * identifies workouts by it). export.xml has none, so one is derived from what identifies the workout on the
 * server (type, start and end second, normalized source): the same workout gets the same UUID in every push and
 * every format, and a route sent again attaches to the workout stored before.
 */
final class WorkoutIds {

    private WorkoutIds() {
    }

    static String of(RawWorkout workout) {
        String name = "healthsync-push-workout|" + workout.activityType() + '|' + workout.start().epochSeconds()
                + '|' + workout.end().epochSeconds() + '|'
                + SourceInfo.normalizeName(workout.source() == null ? null : workout.source().name());
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT);
    }
}
