package dev.healthsync.auth;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ways to present a credential, as the OpenAPI document's security schemes: the ones {@link CredentialsFilter}
 * always reads, and the header {@code HEALTHSYNC_AUTH_HEADER} names on this server. Every operation needs one of
 * them unless it says {@code @SecurityRequirements()}, and every one that does can answer 401.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OpenApiSecurity {

    @Bean
    OpenApiCustomizer credentialSchemes(AuthProperties properties) {
        Map<String, SecurityScheme> schemes = schemes(properties.header());
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            schemes.forEach(components::addSecuritySchemes);
            openApi.components(components);
            openApi.security(schemes.keySet().stream().map(name -> new SecurityRequirement().addList(name)).toList());
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().stream().flatMap(path -> path.readOperations().stream())
                        .filter(operation -> operation.getSecurity() == null)
                        .forEach(OpenApiSecurity::mayBeUnauthorized);
            }
        };
    }

    private static void mayBeUnauthorized(Operation operation) {
        operation.getResponses().computeIfAbsent("401",
                code -> new ApiResponse().$ref("#/components/responses/Unauthorized"));
    }

    private static Map<String, SecurityScheme> schemes(String configuredHeader) {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("`Authorization: Bearer <value>`: a login token from `POST /api/v1/auth/login` (valid "
                        + "`expires_in` seconds) or an API key (`hs_…`). Looked at before the key headers."));
        schemes.put("xApiKey", key("X-API-Key", "An API key (`hs_…`)."));
        schemes.put("apiKeyHeader", key("api-key", "An API key (`hs_…`), for apps that send this header name."));
        if (configuredHeader != null && !configuredHeader.isBlank()) {
            schemes.put("configuredHeader", key(configuredHeader.trim(), "An API key (`hs_…`) in the header this "
                    + "server names with `HEALTHSYNC_AUTH_HEADER` (`healthsync.auth.header`)."));
        }
        return schemes;
    }

    private static SecurityScheme key(String header, String description) {
        return new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(header)
                .description(description);
    }
}
