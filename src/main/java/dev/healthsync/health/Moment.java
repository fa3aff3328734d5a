package dev.healthsync.health;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An instant as a record wrote it: the UTC instant plus the offset it was written with.
 * The offset is kept because the local day of a sample depends on it when nothing better is known.
 */
public record Moment(long epochMillis, int offsetSeconds) {

    public static Moment of(OffsetDateTime dateTime) {
        return new Moment(dateTime.toInstant().toEpochMilli(), dateTime.getOffset().getTotalSeconds());
    }

    public Instant instant() {
        return Instant.ofEpochMilli(epochMillis);
    }

    public OffsetDateTime toOffsetDateTime() {
        return instant().atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    /** Whole seconds, the precision export.xml writes, so the same sample matches across channels. */
    public long epochSeconds() {
        return Math.floorDiv(epochMillis, 1000L);
    }
}
