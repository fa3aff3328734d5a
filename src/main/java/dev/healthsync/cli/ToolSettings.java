package dev.healthsync.cli;

import dev.healthsync.storage.StorageProperties;
import dev.healthsync.system.HealthSyncProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The settings a database command needs, read the way the server reads them but without starting Spring Boot:
 * system properties ({@code -Dhealthsync.data-dir=…}), then the environment ({@code HEALTHSYNC_DATA_DIR}, …),
 * then {@code config/application.properties} and {@code application.properties} in the working directory, then
 * the jar's own {@code application.properties}, whose placeholders hold the documented defaults.
 */
final class ToolSettings {

    private static final String[] FILES = {"file:./config/application.properties", "file:./application.properties",
        "classpath:application.properties"};

    private final StandardEnvironment environment = new StandardEnvironment();

    private ToolSettings() {
        DefaultResourceLoader loader = new DefaultResourceLoader();
        for (String location : FILES) {
            Resource file = loader.getResource(location);
            if (file.exists()) {
                try {
                    environment.getPropertySources().addLast(new ResourcePropertySource(location, file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + location, e);
                }
            }
        }
    }

    static ToolSettings read() {
        return new ToolSettings();
    }

    HealthSyncProperties system() {
        String dataDir = environment.getProperty("healthsync.data-dir");
        return new HealthSyncProperties(dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir),
                environment.getProperty("healthsync.time-zone"), null);
    }

    StorageProperties storage() {
        return new StorageProperties(environment.getProperty("healthsync.db.url"),
                environment.getProperty("healthsync.db.username"), environment.getProperty("healthsync.db.password"),
                null);
    }
}
