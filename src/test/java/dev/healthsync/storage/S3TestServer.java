package dev.healthsync.storage;

import java.net.URI;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An S3 server for tests: S3Proxy in this JVM on a random loopback port, keeping objects in memory and checking
 * AWS signatures (V2 and V4) against fixed test credentials. Started once, on first use, for the whole run.
 */
public final class S3TestServer {

    public static final String ACCESS_KEY = "healthsync-test";
    public static final String SECRET_KEY = "healthsync-test-secret-" + UUID.randomUUID();

    private static URI endpoint;

    private S3TestServer() {
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:41234}; starts it on first call. */
    public static synchronized URI endpoint() {
        if (endpoint == null) {
            try {
                S3Proxy proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
                        .endpoint(URI.create("http://127.0.0.1:0"))
                        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
                proxy.start();
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        proxy.stop();
                    } catch (Exception ignored) {
                        // the JVM is exiting
                    }
                }));
                endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not start", e);
            }
        }
        return endpoint;
    }

    /** Settings for an {@link S3BlobStore} on this server, in a bucket of its own. */
    public static S3Properties properties(String bucket) {
        return new S3Properties(endpoint().toString(), bucket, ACCESS_KEY, SECRET_KEY, null);
    }
}
