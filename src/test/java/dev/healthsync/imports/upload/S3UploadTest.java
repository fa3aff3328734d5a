package dev.healthsync.imports.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.storage.BlobStore;
import dev.healthsync.storage.S3TestServer;
import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.HealthSyncBatchGenerator;
import dev.healthsync.testing.TestDatabases;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * The server with S3 configured, against an in-process S3 server on loopback: presigned POSTs go to the bucket
 * itself and {@code complete} queues the job; direct uploads and the raw archive are written to the bucket too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = S3UploadTest.WithS3.class)
class S3UploadTest extends ApiTestSupport {

    private static final String BUCKET = "healthsync-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Path DATA_DIR = TestDatabases.tempDataDir();

    @Autowired
    BlobStore blobs;

    @Test
    void readinessChecksTheBucket() {
        String email = "admin-" + UUID.randomUUID() + "@example.test";
        long admin = userService.create(email, "admin password " + UUID.randomUUID(), true).user().id();
        JsonNode readiness = json(get("/actuator/health/readiness", apiKeyService.create(admin, "probe").key()));
        assertThat(readiness.path("components").path("objectStore").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aPresignedPostGoesToTheBucketAndCompleteQueuesTheJob() throws Exception {
        TestUser user = newUser();
        JsonNode presigned = presign(user, "{\"filename\": \"export.zip\", \"max_file_size\": 1048576}");
        assertThat(presigned.path("upload_url").asString()).isEqualTo(S3TestServer.endpoint() + "/" + BUCKET);
        assertThat(presigned.path("bucket").asString()).isEqualTo(BUCKET);
        String key = presigned.path("file_key").asString();
        assertThat(key).matches("uploads/" + user.id() + "/[0-9a-f-]{36}/export\\.zip");
        assertThat(presigned.path("form_fields").path("key").asString()).isEqualTo(key);

        byte[] file = UploadApiContract.bytes(150_000);
        HttpResponse<String> upload = postForm(presigned, UploadApiContract.fields(presigned), file);
        assertThat(upload.statusCode()).as(upload.body()).isBetween(200, 204);
        assertThat(blobs.size(key)).isEqualTo(file.length);
        try (InputStream in = blobs.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(file);
        }

        HttpResponse<String> completed = complete(user, key);
        assertThat(completed.statusCode()).isEqualTo(202);
        assertThat(json(completed).path("status").asString()).isEqualTo("queued");
        String jobId = json(completed).path("job_id").asString();
        Map<String, Object> job = jdbc.sql("SELECT file_key, bytes_total FROM import_jobs WHERE id = ?")
                .param(jobId).query().singleRow();
        assertThat(job.get("file_key")).isEqualTo(key);
        assertThat(((Number) job.get("bytes_total")).longValue()).isEqualTo(file.length);
        assertThat(json(complete(user, key)).path("job_id").asString()).as("completing twice").isEqualTo(jobId);
        assertThat(count("import_jobs", user.id())).isEqualTo(1);
        assertThat(DATA_DIR.resolve("blobs")).doesNotExist();
    }

    @Test
    void theBucketEnforcesThePolicyAndNothingIsQueuedForARefusedUpload() {
        TestUser user = newUser();
        JsonNode presigned = presign(user, "{\"filename\": \"export.zip\", \"max_file_size\": 1024}");
        String key = presigned.path("file_key").asString();
        HttpResponse<String> tooLarge = postForm(presigned, UploadApiContract.fields(presigned),
                UploadApiContract.bytes(4096));
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("EntityTooLarge");

        Map<String, String> otherKey = UploadApiContract.fields(presigned);
        otherKey.put("key", UploadKeys.newKey(user.id(), "export.zip"));
        assertThat(postForm(presigned, otherKey, UploadApiContract.bytes(100)).statusCode()).isEqualTo(403);

        assertThat(complete(user, key).statusCode()).isEqualTo(404);
        assertThat(complete(user, otherKey.get("key")).statusCode()).isEqualTo(404);
        assertThat(count("import_jobs", user.id())).isZero();
    }

    @Test
    void aDirectUploadIsStreamedIntoTheBucket() throws Exception {
        TestUser user = newUser();
        byte[] file = UploadApiContract.bytes(12 * 1024 * 1024 + 5);
        MultipartForm form = new MultipartForm().file("file", "export.xml.gz", "application/gzip", file);
        HttpResponse<String> response = send(request(UploadApiContract.directPath(user.id()))
                .header("X-API-Key", user.key()).header("Content-Type", form.contentType())
                .POST(form.publisher()).build());
        assertThat(response.statusCode()).isEqualTo(202);
        String key = jdbc.sql("SELECT file_key FROM import_jobs WHERE id = ?")
                .param(json(response).path("job_id").asString()).query(String.class).single();
        assertThat(objects("uploads/" + user.id() + "/")).containsExactly(key);
        try (InputStream in = blobs.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(file);
        }
    }

    @Test
    void theRawArchiveOfAPushIsWrittenToTheBucket() throws Exception {
        TestUser user = newUser();
        List<String> before = objects("archive/");
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        new HealthSyncBatchGenerator().batchId("s3-archive-" + UUID.randomUUID()).samples(20).workouts(1)
                .writeTo(batch);
        HttpResponse<String> pushed = postJson("/api/apple-health/sync", user.key(), batch.toByteArray());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
        assertThat(count("samples", user.id())).isEqualTo(20);

        List<String> added = new ArrayList<>(objects("archive/"));
        added.removeAll(before);
        assertThat(added).singleElement().satisfies(key -> assertThat(key).startsWith("archive/").endsWith(".gz"));
        String stored = jdbc.sql("SELECT storage_key FROM raw_archive WHERE user_id = ?").param(user.id())
                .query(String.class).single();
        assertThat(added).containsExactly(stored);
        try (InputStream in = new java.util.zip.GZIPInputStream(blobs.open(stored))) {
            assertThat(in.readAllBytes()).isEqualTo(batch.toByteArray());
        }
        assertThat(Files.exists(DATA_DIR.resolve("blobs"))).isFalse();
    }

    private JsonNode presign(TestUser user, String body) {
        HttpResponse<String> response = postJson(UploadApiContract.presignPath(user.id()), user.key(),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private HttpResponse<String> complete(TestUser user, String key) {
        return postJson(UploadApiContract.completePath(user.id()), user.key(),
                ("{\"file_key\": \"" + key + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postForm(JsonNode presigned, Map<String, String> fields, byte[] file) {
        MultipartForm form = new MultipartForm().fields(fields).file("file", "export.zip", "application/zip", file);
        return send(HttpRequest.newBuilder(URI.create(presigned.path("upload_url").asString()))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build());
    }

    private static List<String> objects(String prefix) throws Exception {
        try (MinioClient client = MinioClient.builder().endpoint(S3TestServer.endpoint().toString())
                .credentials(S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY).region("us-east-1").build()) {
            List<String> keys = new ArrayList<>();
            for (Result<Item> item : client.listObjects(ListObjectsArgs.builder().bucket(BUCKET).prefix(prefix)
                    .recursive(true).build())) {
                keys.add(item.get().objectName());
            }
            return keys;
        }
    }

    /** A SQLite server of its own whose blobs live in a fresh bucket of the test S3 server. */
    static final class WithS3 implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("healthsync.data-dir=" + DATA_DIR, "healthsync.db.url=",
                    "healthsync.s3.endpoint=" + S3TestServer.endpoint(), "healthsync.s3.bucket=" + BUCKET,
                    "healthsync.s3.access-key=" + S3TestServer.ACCESS_KEY,
                    "healthsync.s3.secret-key=" + S3TestServer.SECRET_KEY).applyTo(context);
        }
    }
}
