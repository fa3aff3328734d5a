package dev.healthsync.query.workouts;

import dev.healthsync.storage.WorkoutFilter;
import dev.healthsync.system.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursor of the workout list: the start and id of the last workout of a page. */
final class WorkoutCursor {

    private WorkoutCursor() {
    }

    static String encode(WorkoutFilter.Position position) {
        String text = position.startMs() + ":" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static WorkoutFilter.Position parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("not a position");
            }
            return new WorkoutFilter.Position(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("cursor", "cursor is not one this server issued");
        }
    }
}
