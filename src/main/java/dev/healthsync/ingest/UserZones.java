package dev.healthsync.ingest;

import dev.healthsync.storage.UserStore;
import dev.healthsync.system.BadRequestException;
import dev.healthsync.system.HealthSyncProperties;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The zone in which a user's local times are read: the request's {@code tz}, else the user's {@code timeZone}
 * setting, else the server's {@code healthsync.time-zone}, else UTC.
 */
@Component
public class UserZones {

    private final UserStore users;
    private final HealthSyncProperties properties;
    private final JsonMapper json;

    UserZones(UserStore users, HealthSyncProperties properties, JsonMapper json) {
        this.users = users;
        this.properties = properties;
        this.json = json;
    }

    public ZoneId zoneOf(long userId, String requested) {
        if (requested != null && !requested.isBlank()) {
            return parse(requested, "tz");
        }
        String setting = users.findById(userId)
                .map(user -> json.readTree(user.settingsJson()).path("timeZone").asString(""))
                .orElse("");
        if (!setting.isBlank()) {
            return parse(setting, "the user's timeZone setting");
        }
        if (properties.timeZone() != null && !properties.timeZone().isBlank()) {
            return parse(properties.timeZone(), "HEALTHSYNC_TIME_ZONE");
        }
        return ZoneOffset.UTC;
    }

    private static ZoneId parse(String zone, String what) {
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new BadRequestException(what + " must be an IANA time zone such as Europe/Amsterdam");
        }
    }
}
