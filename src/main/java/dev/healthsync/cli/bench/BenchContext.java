package dev.healthsync.cli.bench;

import dev.healthsync.HealthSyncApplication;
import dev.healthsync.auth.UserService;
import dev.healthsync.storage.UserRecord;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on the benchmark's own data directory and database (given as command-line properties, which
 * outrank the environment): without its web server, as {@code import} opens it, or as the server on a free loopback
 * port; and the benchmark's user in it.
 */
final class BenchContext {

    static final String USER = "bench@healthsync.local";

    private BenchContext() {
    }

    static ConfigurableApplicationContext open(BenchSettings settings) {
        return start(settings, WebApplicationType.NONE);
    }

    /** The server itself; its port is {@link #port}. */
    static ConfigurableApplicationContext serve(BenchSettings settings) {
        return start(settings, WebApplicationType.SERVLET, "--server.port=0", "--server.address=127.0.0.1");
    }

    static int port(ConfigurableApplicationContext server) {
        return Integer.parseInt(server.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start(BenchSettings settings, WebApplicationType web,
                                                        String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--healthsync.data-dir=" + settings.dataDir().toAbsolutePath(),
                "--healthsync.db.url=" + (settings.postgres() ? settings.dbUrl() : "")));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(HealthSyncApplication.class)
                .web(web)
                .properties("healthsync.log-target=System.err", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false")
                .run(arguments.toArray(String[]::new));
    }

    /** The benchmark user's id; created (with a generated password nobody needs) on first use. */
    static long user(ConfigurableApplicationContext context) {
        UserService users = context.getBean(UserService.class);
        return users.findByEmail(USER).map(UserRecord::id)
                .orElseGet(() -> users.create(USER, null, false).user().id());
    }
}
