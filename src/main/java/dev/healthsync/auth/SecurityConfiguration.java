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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything under {@code /api} needs a credential except logging in; pages, schemas, the OpenAPI document and
 * its Swagger UI are public. Stateless: no sessions, no cookies, so no CSRF to defend. Only in the server:
 * command-line tools have no requests to filter.
 * <p>
 * Every response, pages, API answers and problem documents alike, carries the headers of docs/security.md: the
 * dashboard loads scripts, styles and data from this server only, so a strict policy costs it nothing and leaves
 * an injected script nowhere to run or to send what it read.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** No 'unsafe-inline' anywhere: neither the dashboard nor Swagger UI has an inline script or style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

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
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
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
}
