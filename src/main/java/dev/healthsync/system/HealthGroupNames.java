package dev.healthsync.system;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.boot.health.actuate.endpoint.SystemHealthDescriptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leaves the names of the health groups out of {@code /actuator/health}, which Boot lists whatever
 * {@code show-details} says: an anonymous probe is answered {@code {"status":"UP"}} and nothing more
 * (docs/operations.md#health). The groups themselves, {@code liveness} and {@code readiness}, are documented.
 */
@Configuration(proxyBeanMethods = false)
class HealthGroupNames {

    @Bean
    static BeanPostProcessor hideHealthGroupNames() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof EndpointJsonMapper endpoints)) {
                    return bean;
                }
                JsonMapper mapper = endpoints.get().rebuild()
                        .addMixIn(SystemHealthDescriptor.class, WithoutGroups.class).build();
                return (EndpointJsonMapper) () -> mapper;
            }
        };
    }

    @JsonIgnoreProperties("groups")
    private interface WithoutGroups {
    }
}
