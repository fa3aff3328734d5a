package dev.healthsync.imports.upload;

import dev.healthsync.system.HealthSyncProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The upload policy signer, keyed by the secret in the data directory. */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean
    UploadPolicy uploadPolicy(HealthSyncProperties properties, Clock clock) {
        return new UploadPolicy(UploadSecret.load(properties.dataDir()), clock);
    }
}
