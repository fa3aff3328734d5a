package dev.healthsync.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, R2, …) for uploads and the raw archive. Unset by default:
 * blobs then live under the data directory. Setting both {@code endpoint} and {@code bucket} switches every blob
 * to S3, which is what several app nodes sharing one PostgreSQL need.
 *
 * @param endpoint  base URL of the S3 API, e.g. {@code https://s3.eu-central-1.amazonaws.com} or
 *                  {@code http://minio:9000} ({@code HEALTHSYNC_S3_ENDPOINT}); objects are addressed path-style
 *                  ({@code <endpoint>/<bucket>/<key>}), which is also the URL clients post presigned uploads to
 * @param bucket    bucket holding every blob ({@code HEALTHSYNC_S3_BUCKET}); created at startup if missing
 * @param accessKey access key id ({@code HEALTHSYNC_S3_ACCESS_KEY}); never logged
 * @param secretKey secret access key ({@code HEALTHSYNC_S3_SECRET_KEY}); never logged
 * @param region    region that requests are signed for ({@code HEALTHSYNC_S3_REGION}, default {@code us-east-1},
 *                  which MinIO and most other S3-compatible stores accept)
 */
@ConfigurationProperties("healthsync.s3")
public record S3Properties(String endpoint, String bucket, String accessKey, String secretKey, String region) {

    public S3Properties {
        region = region == null || region.isBlank() ? "us-east-1" : region.trim();
    }

    /** Whether S3 is configured: an endpoint and a bucket are both set. */
    public boolean configured() {
        return endpoint != null && !endpoint.isBlank() && bucket != null && !bucket.isBlank();
    }

    @Override
    public String toString() {
        return "S3Properties[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + "]";
    }
}
