package dev.healthsync.testing;

import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test server at its database and a temporary data directory, with settings tests rely on. */
final class ServerDatabases {

    /** The extra API-key header the tests present, to prove the configured header works. */
    static final String CUSTOM_HEADER = "X-HealthSync-Test-Key";

    private ServerDatabases() {
    }

    static void apply(ConfigurableApplicationContext context, String dbUrl) {
        Path dataDir = TestDatabases.tempDataDir();
        TestPropertyValues.of(
                "healthsync.data-dir=" + dataDir,
                "healthsync.db.url=" + dbUrl,
                "healthsync.db.pool-size=4",
                "healthsync.auth.header=" + CUSTOM_HEADER,
                "healthsync.auth.login-failures=3").applyTo(context);
    }

    static final class Sqlite implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            apply(context, "");
        }
    }

    static final class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            apply(context, TestDatabases.freshPostgres());
        }
    }
}
