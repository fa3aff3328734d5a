package dev.healthsync.auth;

import dev.healthsync.system.Caller;
import dev.healthsync.system.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller changes their own password. Wrong current passwords count against the login throttle of the
 * account's email, so a stolen token cannot be used to guess the password at leisure.
 */
@RestController
@Tag(name = "auth")
class PasswordController {

    private final UserService users;
    private final LoginThrottle throttle;

    PasswordController(UserService users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Operation(operationId = "changePassword", summary = "Change the caller's password",
            description = "With a login token or an API key. `currentPassword` must be the account's password; "
                    + "`newPassword` needs at least 8 characters. Login tokens already issued stay valid until "
                    + "they expire (`expires_in`, an hour by default) and API keys are not touched: revoke keys "
                    + "with `DELETE /api/v1/api-keys/{id}`. Wrong current passwords count as failed logins of "
                    + "the account from this address (429 after 5).")
    @ApiResponse(responseCode = "204", description = "Changed; the next login needs the new password.")
    @ApiResponse(responseCode = "400", description = "Unreadable JSON (`/problems/http-400`); a wrong "
            + "`currentPassword`, or a `newPassword` shorter than 8 characters (`/problems/bad-request`, the field "
            + "in `parameter`).")
    @ApiResponse(responseCode = "404", description = "The user was deleted after the credential was issued.")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @ApiResponse(responseCode = "429", description = "Too many wrong passwords for this account from this address.",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/TooManyLoginAttemptsProblem")))
    @PutMapping("/api/v1/users/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@AuthenticationPrincipal Caller caller, @RequestBody PasswordChange change,
                HttpServletRequest request) {
        String address = request.getRemoteAddr();
        throttle.check(caller.email(), address);
        if (!users.changeOwnPassword(caller.userId(), change.currentPassword(), change.newPassword())) {
            throttle.failed(caller.email(), address);
            throw new InvalidParameterException("currentPassword", "currentPassword is not the account's password");
        }
        throttle.succeeded(caller.email(), address);
    }

    @Schema(description = "A change of the caller's password.")
    record PasswordChange(
            @Schema(description = "The account's password now.", requiredMode = Schema.RequiredMode.REQUIRED)
            String currentPassword,
            @Schema(description = "The password from now on, at least 8 characters.", minLength = 8,
                    requiredMode = Schema.RequiredMode.REQUIRED) String newPassword) {
    }
}
