package dev.healthsync.ingest;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every {@link PushEndpoint} shares in the OpenAPI document: the {@code Content-Encoding} it reads
 * ({@link RequestEncoding}) and the answers of {@link PushIngest} for a body over the limit (413), an encoding it
 * cannot read (415) and a batch with nothing storable (422).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PushDocumentation {

    @Bean
    OperationCustomizer pushOperations() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PushEndpoint.class)) {
                operation.addParametersItem(new HeaderParameter().name("Content-Encoding").required(false)
                        .description("`gzip` (or `x-gzip`) for a gzip-compressed body; absent or `identity` "
                                + "otherwise. Anything else is 415.")
                        .schema(new StringSchema()._enum(List.of("gzip", "x-gzip", "identity"))));
                operation.getResponses()
                        .addApiResponse("413", new ApiResponse().$ref("#/components/responses/PayloadTooLarge"))
                        .addApiResponse("415", new ApiResponse().$ref("#/components/responses/UnsupportedEncoding"))
                        .addApiResponse("422", new ApiResponse().$ref("#/components/responses/UnprocessableBatch"));
            }
            return operation;
        };
    }
}
