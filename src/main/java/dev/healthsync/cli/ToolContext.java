package dev.healthsync.cli;

import dev.healthsync.HealthSyncApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for commands that run the ingest pipeline ({@code import},
 * {@code reprocess}) on the same data directory and database as a running server. Logs go to stderr so that
 * stdout carries only the command's result. Commands that only need users and keys use {@link Accounts}, which
 * starts in a fraction of the time.
 */
final class ToolContext {

    private ToolContext() {
    }

    static ConfigurableApplicationContext open() {
        return new SpringApplicationBuilder(HealthSyncApplication.class)
                .web(WebApplicationType.NONE)
                .properties("healthsync.log-target=System.err", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false")
                .run();
    }
}
