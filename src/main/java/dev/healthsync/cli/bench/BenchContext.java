package dev.healthsync.cli.bench;

import dev.healthsync.HealthSyncApplication;
import dev.healthsync.auth.UserService;
import dev.healthsync.storage.UserRecord;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, on the benchmark's own data directory and database (given as command-line
 * properties, which outrank the environment), as {@code import} opens it; and the benchmark's user in it.
 */
final class BenchContext {

    static final String USER = "bench@healthsync.local";

    private BenchContext() {
    }

    static ConfigurableApplicationContext open(BenchSettings settings) {
        return new SpringApplicationBuilder(HealthSyncApplication.class)
                .web(WebApplicationType.NONE)
                .properties("healthsync.log-target=System.err", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false")
                .run("--healthsync.data-dir=" + settings.dataDir().toAbsolutePath(),
                        "--healthsync.db.url=" + (settings.postgres() ? settings.dbUrl() : ""));
    }

    /** The benchmark user's id; created (with a generated password nobody needs) on first use. */
    static long user(ConfigurableApplicationContext context) {
        UserService users = context.getBean(UserService.class);
        return users.findByEmail(USER).map(UserRecord::id)
                .orElseGet(() -> users.create(USER, null, false).user().id());
    }
}
