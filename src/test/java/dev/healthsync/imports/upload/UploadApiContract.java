package dev.healthsync.imports.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.healthsync.storage.BlobStore;
import dev.healthsync.testing.ApiTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The upload endpoints of docs/contracts.md#imports with the server playing S3 (no S3 configured), run against each database by
 * its subclasses: presign, the signed upload and its refusals, the direct upload, completion, and access rules.
 */
abstract class UploadApiContract extends ApiTestSupport {

    @Autowired
    BlobStore blobs;

    @Autowired
    UploadPolicy policy;

    @Test
    void aPresignedUploadIsStoredAndQueuedWithoutACredential() throws IOException {
        TestUser user = newUser();
        JsonNode presigned = presign(user, """
                {"filename": "export.zip", "expiration_seconds": 600, "max_file_size": 1048576}""");
        assertThat(presigned.path("upload_url").asString()).isEqualTo("http://127.0.0.1:" + port + "/api/v1/uploads");
        assertThat(presigned.path("expires_in").asLong()).isEqualTo(600);
        assertThat(presigned.path("max_file_size").asLong()).isEqualTo(1_048_576);
        assertThat(presigned.path("bucket").asString()).isEqualTo("local");
        String key = presigned.path("file_key").asString();
        assertThat(key).matches("uploads/" + user.id() + "/[0-9a-f-]{36}/export\\.zip");
        assertThat(presigned.path("form_fields").path("key").asString()).isEqualTo(key);
        assertThat(presigned.path("form_fields").has("policy")).isTrue();
        assertThat(presigned.path("form_fields").has("signature")).isTrue();

        byte[] file = bytes(200_000);
        HttpResponse<String> upload = upload(presigned, fields(presigned), file);
        assertThat(upload.statusCode()).isEqualTo(202);
        String jobId = json(upload).path("job_id").asString();
        assertThat(json(upload).path("status").asString()).isEqualTo("queued");

        Map<String, Object> job = jdbc.sql("SELECT user_id, file_key, bytes_total FROM import_jobs WHERE id = ?")
                .param(jobId).query().singleRow();
        assertThat(((Number) job.get("user_id")).longValue()).isEqualTo(user.id());
        assertThat(job.get("file_key")).isEqualTo(key);
        assertThat(((Number) job.get("bytes_total")).longValue()).isEqualTo(file.length);
        assertThat(blobs.size(key)).isEqualTo(file.length);
        assertThat(read(key)).isEqualTo(file);

        HttpResponse<String> completed = postJson(completePath(user.id()), user.key(),
                ("{\"file_key\": \"" + key + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(completed.statusCode()).as("complete after a server-side upload").isEqualTo(202);
        assertThat(json(completed).path("job_id").asString()).isEqualTo(jobId);
        assertThat(jobCount(user.id())).isEqualTo(1);
    }

    @Test
    void presignFillsInDefaultsAndRefusesValuesOutOfRange() {
        TestUser user = newUser();
        JsonNode defaults = presign(user, "{}");
        assertThat(defaults.path("expires_in").asLong()).isEqualTo(300);
        assertThat(defaults.path("max_file_size").asLong()).isEqualTo(52_428_800);
        assertThat(defaults.path("file_key").asString()).endsWith("/export");
        assertThat(presign(user, "{\"filename\": \"../../My Export.zip\"}").path("file_key").asString())
                .endsWith("/My_Export.zip");

        for (String body : new String[] {"{\"expiration_seconds\": 59}", "{\"expiration_seconds\": 3601}",
                "{\"max_file_size\": 1023}", "{\"max_file_size\": 10737418241}",
                "{\"filename\": \"" + "a".repeat(201) + "\"}", "{\"max_file_size\": \"lots\"}"}) {
            HttpResponse<String> response = postJson(presignPath(user.id()), user.key(), utf8(body));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void aFileOverThePoliciesMaximumIsRefusedAndNothingIsKept() {
        TestUser user = newUser();
        JsonNode presigned = presign(user, "{\"filename\": \"export.xml\", \"max_file_size\": 1024}");
        HttpResponse<String> upload = upload(presigned, fields(presigned), bytes(4096));
        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(json(upload).path("type").asString()).isEqualTo("/problems/entity-too-large");
        assertNothingStored(user, presigned.path("file_key").asString());

        HttpResponse<String> exact = upload(presigned, fields(presigned), bytes(1024));
        assertThat(exact.statusCode()).as("exactly the maximum").isEqualTo(202);
    }

    @Test
    void aPolicyUploadsOnceSoASecondPostCannotReplaceAQueuedExport() throws IOException {
        TestUser user = newUser();
        JsonNode presigned = presign(user, "{\"filename\": \"export.zip\"}");
        byte[] first = bytes(2048);
        assertThat(upload(presigned, fields(presigned), first).statusCode()).isEqualTo(202);

        HttpResponse<String> again = upload(presigned, fields(presigned), bytes(100_000));
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(json(again).path("type").asString()).isEqualTo("/problems/upload-policy-used");
        assertThat(read(presigned.path("file_key").asString())).isEqualTo(first);
        assertThat(jobCount(user.id())).isEqualTo(1);
    }

    @Test
    void anExpiredPolicyIs403AndNothingIsKept() {
        TestUser user = newUser();
        String key = UploadKeys.newKey(user.id(), "export.zip");
        Map<String, String> fields = policy.sign(new UploadPolicy.Grant(user.id(), key, 1_048_576,
                Instant.now().minusSeconds(1)));
        HttpResponse<String> upload = send(request("/api/v1/uploads"), fields, bytes(2048));
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(json(upload).path("type").asString()).isEqualTo("/problems/upload-policy-expired");
        assertNothingStored(user, key);
    }

    @Test
    void tamperedFieldsAndSignaturesAre403AndNothingIsKept() {
        TestUser user = newUser();
        TestUser other = newUser();
        JsonNode presigned = presign(user, "{\"filename\": \"export.zip\", \"max_file_size\": 1024}");
        String key = presigned.path("file_key").asString();

        Map<String, String> otherKey = fields(presigned);
        otherKey.put("key", UploadKeys.newKey(other.id(), "export.zip"));
        Map<String, String> largerMax = fields(presigned);
        String document = new String(Base64.getDecoder().decode(largerMax.get("policy")), StandardCharsets.UTF_8);
        largerMax.put("policy", Base64.getEncoder().encodeToString(
                document.replace(",1024]", ",10737418240]").getBytes(StandardCharsets.UTF_8)));
        Map<String, String> wrongSignature = fields(presigned);
        wrongSignature.put("signature", "0".repeat(64));
        Map<String, String> unsigned = fields(presigned);
        unsigned.remove("signature");

        for (Map<String, String> tampered : java.util.List.of(otherKey, largerMax, wrongSignature, unsigned)) {
            HttpResponse<String> upload = upload(presigned, tampered, bytes(4096));
            assertThat(upload.statusCode()).as(tampered.toString()).isEqualTo(403);
            assertThat(json(upload).path("type").asString()).isEqualTo("/problems/upload-policy-invalid");
        }
        assertNothingStored(user, key);
        assertNothingStored(other, otherKey.get("key"));
    }

    @Test
    void aSignedUploadWithoutAFilePartIs400() {
        TestUser user = newUser();
        JsonNode presigned = presign(user, "{}");
        MultipartForm form = new MultipartForm().fields(fields(presigned));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(
                presigned.path("upload_url").asString())).header("Content-Type", form.contentType())
                .POST(form.publisher()).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jobCount(user.id())).isZero();
    }

    @Test
    void aDirectUploadIsStoredByteExactAndQueued() throws IOException {
        TestUser user = newUser();
        byte[] file = bytes(300_000);
        MultipartForm form = new MultipartForm().field("note", "ignored").file("file", "export.zip",
                "application/zip", file);
        HttpResponse<String> response = send(request(directPath(user.id())).header("X-API-Key", user.key())
                .header("Content-Type", form.contentType()).POST(form.publisher()).build());
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("status").asString()).isEqualTo("queued");
        Map<String, Object> job = jdbc.sql("SELECT file_key, bytes_total FROM import_jobs WHERE id = ?")
                .param(json(response).path("job_id").asString()).query().singleRow();
        String key = (String) job.get("file_key");
        assertThat(key).matches("uploads/" + user.id() + "/[0-9a-f-]{36}/export\\.zip");
        assertThat(((Number) job.get("bytes_total")).longValue()).isEqualTo(file.length);
        assertThat(read(key)).isEqualTo(file);
    }

    @Test
    void aDirectUploadWithoutAFileIs400AndANonMultipartBodyIs415() {
        TestUser user = newUser();
        MultipartForm form = new MultipartForm().field("file_name", "export.zip");
        assertThat(send(request(directPath(user.id())).header("X-API-Key", user.key())
                .header("Content-Type", form.contentType()).POST(form.publisher()).build()).statusCode())
                .isEqualTo(400);
        assertThat(postJson(directPath(user.id()), user.key(), utf8("{}")).statusCode()).isEqualTo(415);
        assertThat(jobCount(user.id())).isZero();
    }

    @Test
    void anotherUsersImportsAre403AndNoCredentialIs401() {
        TestUser ana = newUser();
        TestUser bob = newUser();
        assertThat(postJson(presignPath(ana.id()), bob.key(), utf8("{}")).statusCode()).isEqualTo(403);
        MultipartForm form = new MultipartForm().file("file", "export.zip", "application/zip", bytes(100));
        assertThat(send(request(directPath(ana.id())).header("X-API-Key", bob.key())
                .header("Content-Type", form.contentType()).POST(form.publisher()).build()).statusCode())
                .isEqualTo(403);
        String anasKey = presign(ana, "{}").path("file_key").asString();
        assertThat(postJson(completePath(ana.id()), bob.key(), utf8("{\"file_key\": \"" + anasKey + "\"}"))
                .statusCode()).isEqualTo(403);
        assertThat(postJson(completePath(bob.id()), bob.key(), utf8("{\"file_key\": \"" + anasKey + "\"}"))
                .statusCode()).as("a key outside the caller's folder").isEqualTo(403);
        assertThat(send(request(presignPath(ana.id())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode()).isEqualTo(401);
        assertThat(jobCount(ana.id()) + jobCount(bob.id())).isZero();
    }

    @Test
    void completingAKeyWithNothingUploadedIs404AndWithoutAKeyIs400() {
        TestUser user = newUser();
        String key = presign(user, "{}").path("file_key").asString();
        assertThat(postJson(completePath(user.id()), user.key(), utf8("{\"file_key\": \"" + key + "\"}"))
                .statusCode()).isEqualTo(404);
        assertThat(postJson(completePath(user.id()), user.key(), utf8("{}")).statusCode()).isEqualTo(400);
        assertThat(jobCount(user.id())).isZero();
    }

    // --- helpers

    static String presignPath(long userId) {
        return "/api/v1/users/" + userId + "/import/apple/xml/s3";
    }

    static String completePath(long userId) {
        return presignPath(userId) + "/complete";
    }

    static String directPath(long userId) {
        return "/api/v1/users/" + userId + "/import/apple/xml/direct";
    }

    JsonNode presign(TestUser user, String body) {
        HttpResponse<String> response = postJson(presignPath(user.id()), user.key(), utf8(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    static Map<String, String> fields(JsonNode presigned) {
        Map<String, String> fields = new LinkedHashMap<>();
        presigned.path("form_fields").properties().forEach(field -> fields.put(field.getKey(),
                field.getValue().asString()));
        return fields;
    }

    /** Posts the form to the presign response's URL like the seed's client: fields, then the file; no credential. */
    HttpResponse<String> upload(JsonNode presigned, Map<String, String> fields, byte[] file) {
        return send(HttpRequest.newBuilder(URI.create(presigned.path("upload_url").asString())), fields, file);
    }

    HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> fields, byte[] file) {
        MultipartForm form = new MultipartForm().fields(fields).file("file", "export.xml", "application/xml", file);
        return send(request.header("Content-Type", form.contentType()).POST(form.publisher()).build());
    }

    void assertNothingStored(TestUser user, String key) {
        assertThatThrownBy(() -> blobs.size(key)).isInstanceOf(NoSuchFileException.class);
        assertThat(jobCount(user.id())).isZero();
    }

    long jobCount(long userId) {
        return count("import_jobs", userId);
    }

    byte[] read(String key) throws IOException {
        try (InputStream in = blobs.open(key)) {
            return in.readAllBytes();
        }
    }

    static byte[] bytes(int n) {
        byte[] content = new byte[n];
        new Random(n).nextBytes(content);
        return content;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
