package dev.healthsync.storage;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Readiness of the S3 bucket every blob lives in (docs/operations.md#health). A client of its own, with short
 * timeouts, so a probe answers within seconds even when uploads may wait minutes for a slow store.
 */
class ObjectStoreHealthIndicator extends AbstractHealthIndicator {

    private static final long TIMEOUT_SECONDS = 5;

    private final MinioClient client;
    private final String bucket;

    ObjectStoreHealthIndicator(S3Properties properties) {
        super("the object store is unreachable");
        this.client = MinioClient.builder().endpoint(properties.endpoint())
                .credentials(properties.accessKey(), properties.secretKey()).region(properties.region()).build();
        this.client.setTimeout(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS), TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS),
                TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        this.bucket = properties.bucket();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        if (client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            builder.up();
        } else {
            builder.down().withDetail("bucket", "missing");
        }
    }
}
