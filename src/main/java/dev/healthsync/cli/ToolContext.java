package dev.healthsync.cli;

import dev.healthsync.HealthSyncApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application without its web server, for commands that work on the same data directory and database as a
 * running server. Logs go to stderr so that stdout carries only the command's result.
 */
final class ToolContext {

    private ToolContext() {
    }

    static ConfigurableApplicationContext open() {
        return new SpringApplicationBuilder(HealthSyncApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton(WebSecurityExclusion.class.getName(), new WebSecurityExclusion()))
                .properties("healthsync.log-target=System.err", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false")
                .run();
    }

    /**
     * Leaves the HTTP security filter chain out of the component scan: it needs {@code HttpSecurity}, which only a
     * web application context provides, and a command has no requests to filter.
     */
    static final class WebSecurityExclusion extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().getAnnotatedMethods(Bean.class.getName()).stream()
                    .anyMatch(method -> method.getReturnTypeName().equals(SecurityFilterChain.class.getName()));
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
