package dev.healthsync.auth;

import dev.healthsync.storage.UserRecord;
import dev.healthsync.system.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a credential from {@code Authorization: Bearer}, {@code X-API-Key}, {@code api-key} or the configured
 * header. {@code hs_…} values are API keys, anything else a login token. A credential that is present but wrong
 * is refused here with 401; a missing one leaves the request anonymous for the authorization rules to decide.
 */
final class CredentialsFilter extends OncePerRequestFilter {

    private final ApiKeyService keys;
    private final TokenService tokens;
    private final UserService users;
    private final List<String> keyHeaders;
    private final ProblemResponses problems;

    CredentialsFilter(ApiKeyService keys, TokenService tokens, UserService users, AuthProperties properties,
                      ProblemResponses problems) {
        this.keys = keys;
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
        List<String> headers = new ArrayList<>(List.of("X-API-Key", "api-key"));
        if (properties.header() != null && !properties.header().isBlank()) {
            headers.add(properties.header().trim());
        }
        this.keyHeaders = List.copyOf(headers);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String credential = credential(request);
        if (credential != null) {
            Optional<Caller> caller = resolve(credential);
            if (caller.isEmpty()) {
                problems.write(response, 401, "unauthorized", "the presented credential is not valid");
                return;
            }
            String role = caller.get().admin() ? "ROLE_ADMIN" : "ROLE_USER";
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    caller.get(), null, List.of(new SimpleGrantedAuthority(role))));
        }
        chain.doFilter(request, response);
    }

    private String credential(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        for (String header : keyHeaders) {
            String value = request.getHeader(header);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    private Optional<Caller> resolve(String credential) {
        if (ApiKeys.looksLikeKey(credential)) {
            return keys.authenticate(credential).flatMap(key -> users.find(key.userId())
                    .map(user -> caller(user, key.id())));
        }
        return tokens.verify(credential).flatMap(users::find).map(user -> caller(user, null));
    }

    private static Caller caller(UserRecord user, Long keyId) {
        return new Caller(user.id(), user.email(), user.admin(), keyId);
    }
}
