package dev.healthsync.query.series;

import dev.healthsync.storage.UserStore;
import dev.healthsync.system.HealthSyncProperties;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A user's configured zone: their {@code timeZone} setting, else the server's {@code healthsync.time-zone}. */
@Component
public class UserZone {

    private final UserStore users;
    private final HealthSyncProperties properties;
    private final JsonMapper json;

    UserZone(UserStore users, HealthSyncProperties properties, JsonMapper json) {
        this.users = users;
        this.properties = properties;
        this.json = json;
    }

    /** Empty when neither is set: samples then keep the offset they were written with. */
    public Optional<ZoneId> of(long userId) {
        String setting = users.findById(userId)
                .map(user -> json.readTree(user.settingsJson()).path("timeZone").asString(""))
                .orElse("");
        if (setting.isBlank() && properties.timeZone() != null) {
            setting = properties.timeZone();
        }
        try {
            return setting.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(setting.trim()));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
