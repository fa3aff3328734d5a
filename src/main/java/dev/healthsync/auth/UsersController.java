package dev.healthsync.auth;

import dev.healthsync.storage.UserRecord;
import dev.healthsync.system.Caller;
import dev.healthsync.system.ForbiddenException;
import dev.healthsync.system.NotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The caller's own account, and user management for admins. */
@RestController
class UsersController {

    private final UserService users;
    private final JsonMapper json;

    UsersController(UserService users, JsonMapper json) {
        this.users = users;
        this.json = json;
    }

    @GetMapping("/api/v1/users/me")
    Map<String, Object> me(@AuthenticationPrincipal Caller caller) {
        return view(users.find(caller.userId()).orElseThrow(() -> new NotFoundException("no such user")));
    }

    /**
     * Replaces the caller's settings. {@code timeZone} (an IANA zone) places local times that arrive without an
     * offset, such as Health Auto Export's CSV mode, and samples without {@code HKTimeZone} on a local day.
     */
    @PutMapping("/api/v1/users/me/settings")
    Map<String, Object> settings(@AuthenticationPrincipal Caller caller, @RequestBody Settings settings) {
        users.updateSettings(caller.userId(), settings.validated());
        return me(caller);
    }

    @GetMapping("/api/v1/users")
    List<Map<String, Object>> list(@AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        return users.list().stream().map(this::view).toList();
    }

    @GetMapping("/api/v1/users/{userId}")
    Map<String, Object> get(@AuthenticationPrincipal Caller caller, @PathVariable long userId) {
        if (!caller.mayAccess(userId)) {
            throw new ForbiddenException("only admins may read other users");
        }
        return view(users.find(userId).orElseThrow(() -> new NotFoundException("no such user")));
    }

    /** Creates a user; a generated password is returned once when none was given. */
    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@AuthenticationPrincipal Caller caller, @RequestBody NewUser request) {
        requireAdmin(caller);
        UserService.CreatedUser created = users.create(request.email(), request.password(),
                Boolean.TRUE.equals(request.admin()));
        Map<String, Object> body = view(created.user());
        if (created.generatedPassword() != null) {
            body.put("password", created.generatedPassword());
        }
        return body;
    }

    private Map<String, Object> view(UserRecord user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id());
        body.put("email", user.email());
        body.put("admin", user.admin());
        body.put("settings", json.readTree(user.settingsJson()));
        body.put("created_at", Instant.ofEpochMilli(user.createdAt()).toString());
        return body;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw new ForbiddenException("only admins manage users");
        }
    }

    record NewUser(String email, String password, Boolean admin) {
    }

    /** The settings a user may change. */
    record Settings(String timeZone) {

        Settings validated() {
            if (timeZone != null && !timeZone.isBlank()) {
                try {
                    java.time.ZoneId.of(timeZone.trim());
                } catch (java.time.DateTimeException e) {
                    throw new dev.healthsync.system.BadRequestException(
                            "timeZone must be an IANA time zone such as Europe/Amsterdam");
                }
            }
            return this;
        }
    }
}
