package dev.healthsync.query.series;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offset a sample was lived at (docs/contracts.md#identity): its {@code HKTimeZone} metadata when present,
 * else the user's time zone, else the offset it was written with. export.xml writes every date with the exporting
 * phone's offset at export time, so a summer walk exported in winter would otherwise land an hour off. Not
 * thread-safe (it caches zones).
 */
final class LivedOffsets {

    private final ZoneId userZone;
    private final JsonMapper json;
    private final Map<String, ZoneId> zones = new HashMap<>();

    /** {@code userZone} may be null: the user set none. */
    LivedOffsets(ZoneId userZone, JsonMapper json) {
        this.userZone = userZone;
        this.json = json;
    }

    int offsetSeconds(long startMs, int writtenOffsetSeconds, JsonNode metadata) {
        ZoneId zone = metadata == null ? null : recordingZone(metadata);
        if (zone == null) {
            zone = userZone;
        }
        return zone == null ? writtenOffsetSeconds
                : zone.getRules().getOffset(Instant.ofEpochMilli(startMs)).getTotalSeconds();
    }

    /** Parses metadata that the store handed over because it may matter (zone or manual entry), else null. */
    JsonNode parse(String metadataJson) {
        return metadataJson == null ? null : json.readTree(metadataJson);
    }

    private ZoneId recordingZone(JsonNode metadata) {
        JsonNode name = metadata.get("HKTimeZone");
        if (name == null || !name.isString()) {
            return null;
        }
        return zones.computeIfAbsent(name.asString(), LivedOffsets::zoneOrNull);
    }

    private static ZoneId zoneOrNull(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    /** Whether metadata marks a sample as typed in by a person ({@code HKWasUserEntered} true or 1). */
    static boolean userEntered(JsonNode metadata) {
        if (metadata == null) {
            return false;
        }
        JsonNode flag = metadata.get("HKWasUserEntered");
        return flag != null && (flag.asBoolean(false) || flag.asInt(0) == 1 || "1".equals(flag.asString("")));
    }
}
