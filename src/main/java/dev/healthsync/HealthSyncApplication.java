package dev.healthsync;

import dev.healthsync.cli.HealthSyncCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The server and its command line share one jar; every run starts at the command line. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HealthSyncApplication {

    public static void main(String[] args) {
        System.exit(HealthSyncCli.run(args));
    }
}
