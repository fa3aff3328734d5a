package dev.healthsync.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/login}: form credentials in, a bearer token out. */
@RestController
class LoginController {

    private final UserService users;
    private final TokenService tokens;
    private final LoginThrottle throttle;

    LoginController(UserService users, TokenService tokens, LoginThrottle throttle) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @PostMapping(path = "/api/v1/auth/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Map<String, Object> login(@RequestParam(required = false) String username,
                              @RequestParam(required = false) String password, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        throttle.check(username, address);
        return users.authenticate(username, password)
                .map(user -> {
                    throttle.succeeded(username, address);
                    return Map.<String, Object>of("access_token", tokens.issue(user.id()), "token_type", "bearer",
                            "expires_in", tokens.ttlSeconds());
                })
                .orElseThrow(() -> {
                    throttle.failed(username, address);
                    return new WrongCredentialsException();
                });
    }

    /** 401 for a wrong email or password, without saying which. */
    static final class WrongCredentialsException extends dev.healthsync.system.ProblemException {
        WrongCredentialsException() {
            super(401, "unauthorized", "wrong email or password");
        }
    }
}
