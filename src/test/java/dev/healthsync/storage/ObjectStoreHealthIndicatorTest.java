package dev.healthsync.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/** The bucket check of readiness, against S3Proxy: UP for the bucket, DOWN without it or without the store. */
class ObjectStoreHealthIndicatorTest {

    @TempDir
    Path temp;

    @Test
    void upWhenTheBucketAnswers() throws Exception {
        S3Properties s3 = S3TestServer.properties("health-up");
        try (S3BlobStore ignored = new S3BlobStore(s3, temp)) {
            assertThat(new ObjectStoreHealthIndicator(s3).health(true).getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void downWhenTheBucketIsGone() {
        S3Properties s3 = S3TestServer.properties("health-never-created");
        assertThat(new ObjectStoreHealthIndicator(s3).health(true).getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void downWhenTheStoreIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        S3Properties s3 = new S3Properties("http://127.0.0.1:" + closedPort, "health", S3TestServer.ACCESS_KEY,
                S3TestServer.SECRET_KEY, null);
        assertThat(new ObjectStoreHealthIndicator(s3).health(true).getStatus()).isEqualTo(Status.DOWN);
    }
}
