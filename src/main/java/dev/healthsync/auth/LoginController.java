package dev.healthsync.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/login}: form credentials in, a bearer token out. */
@RestController
@Tag(name = "auth")
class LoginController {

    private final UserService users;
    private final TokenService tokens;
    private final LoginThrottle throttle;

    LoginController(UserService users, TokenService tokens, LoginThrottle throttle) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Operation(operationId = "login", summary = "Exchange email and password for a bearer token",
            description = "Form-encoded credentials in, a signed login token out, valid `expires_in` seconds (3600 by "
                    + "default, `healthsync.auth.token-ttl`). A wrong email and a wrong password get the same 401. "
                    + "After 5 failed attempts for one email from one client address "
                    + "(`healthsync.auth.login-failures`), "
                    + "further attempts for it, right or wrong, get 429 for 15 minutes counted from the last failure "
                    + "(`healthsync.auth.login-lockout`); the problem's `retryAfterSeconds` says how long. The counter "
                    + "is per server node and in memory.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "Logged in.")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", description = "Wrong email or password (also for a missing field), or an "
            + "invalid credential header on the request.")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @ApiResponse(responseCode = "429", description = "Too many failed logins for this email from this address.",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/TooManyLoginAttemptsProblem")))
    @PostMapping(path = "/api/v1/auth/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Token login(@Parameter(description = "The user's email.", example = "admin@healthsync.local")
                @RequestParam(required = false) String username,
                @Parameter(description = "The user's password.") @RequestParam(required = false) String password,
                HttpServletRequest request) {
        String address = request.getRemoteAddr();
        throttle.check(username, address);
        return users.authenticate(username, password)
                .map(user -> {
                    throttle.succeeded(username, address);
                    return new Token(tokens.issue(user.id()), "bearer", tokens.ttlSeconds());
                })
                .orElseThrow(() -> {
                    throttle.failed(username, address);
                    return new WrongCredentialsException();
                });
    }

    @Schema(description = "A login token.")
    record Token(
            @JsonProperty("access_token") @Schema(description = "An HS256-signed JWT; send it as "
                    + "`Authorization: Bearer <token>`.") String accessToken,
            @JsonProperty("token_type") @Schema(description = "Always `bearer`.", allowableValues = "bearer")
            String tokenType,
            @JsonProperty("expires_in") @Schema(description = "Seconds until the token expires.", example = "3600")
            long expiresIn) {
    }

    /** 401 for a wrong email or password, without saying which. */
    static final class WrongCredentialsException extends dev.healthsync.system.ProblemException {
        WrongCredentialsException() {
            super(401, "unauthorized", "wrong email or password");
        }
    }
}
