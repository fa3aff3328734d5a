package dev.healthsync.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.healthsync.storage.UserRecord;
import dev.healthsync.system.Caller;
import dev.healthsync.system.ForbiddenException;
import dev.healthsync.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The caller's own account, and user management for admins. */
@RestController
@Tag(name = "auth")
class UsersController {

    private final UserService users;
    private final JsonMapper json;

    UsersController(UserService users, JsonMapper json) {
        this.users = users;
        this.json = json;
    }

    @Operation(operationId = "getMe", summary = "The caller's account", description = "The user behind the credential.")
    @ApiResponse(responseCode = "200", description = "The account.")
    @ApiResponse(responseCode = "404", description = "The user was deleted after the credential was issued.")
    @GetMapping("/api/v1/users/me")
    UserView me(@AuthenticationPrincipal Caller caller) {
        return view(users.find(caller.userId()).orElseThrow(() -> new NotFoundException("no such user")));
    }

    @Operation(operationId = "updateSettings", summary = "Replace the caller's settings",
            description = "`timeZone` (an IANA zone such as `Europe/Amsterdam`; null or absent for none) places "
                    + "local times that arrive without an offset (Health Auto Export's CSV) and samples without "
                    + "`HKTimeZone` metadata on a local day. Answers the account with its new settings.")
    @ApiResponse(responseCode = "200", description = "The account with its new settings.")
    @ApiResponse(responseCode = "400", description = "Unreadable JSON (`/problems/http-400`), or a `timeZone` that "
            + "is not an IANA zone (`/problems/bad-request`).")
    @ApiResponse(responseCode = "404", description = "The user was deleted after the credential was issued.")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @PutMapping("/api/v1/users/me/settings")
    UserView settings(@AuthenticationPrincipal Caller caller, @RequestBody Settings settings) {
        users.updateSettings(caller.userId(), settings.validated());
        return me(caller);
    }

    @Operation(operationId = "listUsers", summary = "Every user (admins only)")
    @ApiResponse(responseCode = "200", description = "Every user, in creation order.")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin.")
    @GetMapping("/api/v1/users")
    List<UserView> list(@AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        return users.list().stream().map(this::view).toList();
    }

    @Operation(operationId = "getUser", summary = "One user",
            description = "The caller's own id, or any id for an admin.")
    @ApiResponse(responseCode = "200", description = "The user.")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", description = "A non-admin asked for another id (whether or not it exists).")
    @ApiResponse(responseCode = "404", description = "No user with this id.")
    @GetMapping("/api/v1/users/{userId}")
    UserView get(@AuthenticationPrincipal Caller caller,
                 @Parameter(description = "The user's id (`id` of `GET /api/v1/users/me`), an integer.")
                 @PathVariable long userId) {
        if (!caller.mayAccess(userId)) {
            throw new ForbiddenException("only admins may read other users");
        }
        return view(users.find(userId).orElseThrow(() -> new NotFoundException("no such user")));
    }

    @Operation(operationId = "createUser", summary = "Create a user (admins only)",
            description = "Without `password` the server generates one and returns it once, in the response's "
                    + "`password`. The JSON body is read before the admin check, so a non-admin sending an "
                    + "unreadable body gets 400, not 403.")
    @ApiResponse(responseCode = "201", description = "Created.")
    @ApiResponse(responseCode = "400", description = "Unreadable JSON (`/problems/http-400`), an email that does not "
            + "look like name@host, or a password shorter than 8 characters (`/problems/bad-request`).")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin.")
    @ApiResponse(responseCode = "409", description = "A user with this email exists.")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@AuthenticationPrincipal Caller caller, @RequestBody NewUser request) {
        requireAdmin(caller);
        UserService.CreatedUser created = users.create(request.email(), request.password(),
                Boolean.TRUE.equals(request.admin()));
        return view(created.user()).withPassword(created.generatedPassword());
    }

    private UserView view(UserRecord user) {
        return new UserView(user.id(), user.email(), user.admin(), json.readTree(user.settingsJson()),
                Instant.ofEpochMilli(user.createdAt()).toString(), null);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw new ForbiddenException("only admins manage users");
        }
    }

    @Schema(description = "A user account.")
    record UserView(
            @Schema(description = "The server's id of the user.") long id,
            @Schema(description = "The login email.") String email,
            @Schema(description = "Whether the user manages users and may act on every user's data.") boolean admin,
            @Schema(description = "The user's settings, as last set with `PUT /api/v1/users/me/settings`; `{}` "
                    + "when none were set.", implementation = Settings.class) JsonNode settings,
            @JsonProperty("created_at") @Schema(description = "When the account was created, ISO-8601 in UTC.",
                    format = "date-time") String createdAt,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only in the answer to a creation without a password: the generated password, "
                    + "shown this once.") String password) {

        UserView withPassword(String generated) {
            return new UserView(id, email, admin, settings, createdAt, generated);
        }
    }

    @Schema(description = "A new user.")
    record NewUser(
            @Schema(description = "The login email; must look like name@host.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String email,
            @Schema(description = "At least 8 characters; omit it to have one generated and returned once.",
                    minLength = 8) String password,
            @Schema(description = "Whether the user is an admin; default false.") Boolean admin) {
    }

    /** The settings a user may change. */
    @Schema(description = "The settings a user may change.")
    record Settings(
            @Schema(description = "IANA time zone, e.g. `Europe/Amsterdam`, for local times without an offset and "
                    + "for placing samples without `HKTimeZone` on a day; null for none (then `HEALTHSYNC_TIME_ZONE`, "
                    + "else UTC).") String timeZone) {

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
