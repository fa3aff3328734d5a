package dev.healthsync.ingest;

import dev.healthsync.testing.TestDatabases;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** A SQLite server of its own, so the small body limit does not leak into the shared test servers. */
class SmallLimitServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("healthsync.data-dir=" + TestDatabases.tempDataDir(), "healthsync.db.url=")
                .applyTo(context);
    }
}
