package dev.healthsync.auth;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything under {@code /api} needs a credential except logging in; pages, schemas, the OpenAPI document and
 * its Swagger UI are public, and so are the health probes; the metrics scrape is for admins (docs/operations.md).
 * Stateless: no sessions, no cookies, so no CSRF to defend. Only in the server: command-line tools have no
 * requests to filter.
 * <p>
 * Every response, pages, API answers and problem documents alike, carries the headers of docs/security.md: the
 * dashboard loads scripts, styles and data from this server only, so a strict policy costs it nothing and leaves
 * an injected script nowhere to run or to send what it read.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** No 'unsafe-inline': the dashboard has no inline script or style. */
    static final String CONTENT_SECURITY_POLICY = policy("'self'");
    /**
     * Swagger UI's pages only, and no 'unsafe-inline' either: its top bar draws its logo with one inline
     * {@code <style>} (the logo's two colours), allowed by its hash, which {@code SecurityHeadersTest} checks
     * against the Swagger UI the jar serves, so an upgrade that changes the logo is noticed.
     */
    static final String SWAGGER_UI_POLICY = policy("'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeyService keys, TokenService tokens, UserService users,
                            AuthProperties properties, ProblemResponses problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .addHeaderWriter(contentSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny())
                        .contentTypeOptions(Customizer.withDefaults()))
                .addFilterBefore(new CredentialsFilter(keys, tokens, users, properties, problems),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/auth/login").permitAll()
                        // Authorized by its signed upload policy instead of a credential, like an S3 bucket.
                        .requestMatchers(HttpMethod.POST, "/api/v1/uploads").permitAll()
                        // The API's description is public, as the paths it describes are no secret.
                        .requestMatchers("/openapi", "/openapi.yaml", "/openapi.json", "/openapi/swagger-config",
                                "/api-docs", "/swagger-ui/**").permitAll()
                        // Probes carry no credential; anonymous callers are told UP or DOWN and nothing more.
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // A scrape shows every user's activity in aggregate: an operator's, not a user's, business.
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/**", "/mcp/**").authenticated()
                        // the dashboard's page, scripts and /webjars/**: no secret in them, its data is under /api
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response, 401,
                                "unauthorized", "credentials are missing: send Authorization: Bearer <token or key>"
                                        + " or X-API-Key: <key>"))
                        .accessDeniedHandler((request, response, e) -> problems.write(response, 403, "forbidden",
                                "this credential may not access this resource")));
        return http.build();
    }

    private static HeaderWriter contentSecurityPolicy() {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        HeaderWriter strict = new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY);
        HeaderWriter relaxed = new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY);
        return (request, response) -> (swaggerUi.matches(request) ? relaxed : strict).writeHeaders(request, response);
    }

    private static String policy(String styleSources) {
        return "default-src 'self'; script-src 'self'; style-src " + styleSources + "; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }
}
