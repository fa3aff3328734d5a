package dev.healthsync.storage;

import dev.healthsync.system.HealthSyncProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link BlobStore}: S3 when {@link S3Properties} names an endpoint and a bucket, else the data directory. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    @Bean
    BlobStore blobStore(S3Properties s3, HealthSyncProperties properties) {
        return s3.configured()
                ? new S3BlobStore(s3, properties.dataDir().toAbsolutePath().resolve("tmp"))
                : new DiskBlobStore(properties);
    }

    /** Part of readiness only when blobs go to S3: the data directory is the server's own disk. */
    @Bean
    @ConditionalOnExpression("!'${healthsync.s3.endpoint:}'.isBlank() and !'${healthsync.s3.bucket:}'.isBlank()")
    ObjectStoreHealthIndicator objectStoreHealthIndicator(S3Properties s3) {
        return new ObjectStoreHealthIndicator(s3);
    }
}
