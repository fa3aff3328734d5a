package dev.healthsync.testing;

import dev.healthsync.auth.ApiKeyService;
import dev.healthsync.auth.UserService;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What API tests share: a client for the running server, and fresh users so tests never see each other's rows. */
public abstract class ApiTestSupport {

    protected static final String CUSTOM_HEADER = ServerDatabases.CUSTOM_HEADER;
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserService userService;

    @Autowired
    protected ApiKeyService apiKeyService;

    @Autowired
    protected JdbcClient jdbc;

    /** A new user with a known password and one API key. */
    protected TestUser newUser() {
        String email = "user-" + UUID.randomUUID() + "@example.test";
        String password = "correct horse " + UUID.randomUUID();
        UserService.CreatedUser created = userService.create(email, password, false);
        String key = apiKeyService.create(created.user().id(), "test").key();
        return new TestUser(created.user().id(), email, password, key);
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> get(String path, String key) {
        return send(request(path).header("Authorization", "Bearer " + key).GET().build());
    }

    protected HttpResponse<String> postJson(String path, String key, byte[] body) {
        return send(request(path).header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    protected HttpResponse<String> putJson(String path, String key, String body) {
        return send(request(path).header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Each path (with its query) is a 400 problem document whose {@code parameter} is the one it maps to. */
    protected void assertRefusedByName(String key, Map<String, String> parameterByPath) {
        parameterByPath.forEach((path, parameter) -> {
            HttpResponse<String> response = get(path, key);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).path("parameter").asString()).as(path).isEqualTo(parameter);
        });
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected long count(String table, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE user_id = ?").param(userId).query(Long.class)
                .single();
    }

    protected long routePoints(long userId) {
        return jdbc.sql("SELECT COALESCE(SUM(r.point_count), 0) FROM workout_routes r JOIN workouts w ON w.id = r.workout_id "
                        + "WHERE w.user_id = ?")
                .param(userId).query(Long.class).single();
    }

    /**
     * Zips an export directory as the Health app does (under {@code apple_health_export/}), uploads it through the
     * direct upload and waits for its job to be done.
     */
    protected void importExportDirectory(TestUser user, Path directory) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip); var files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry("apple_health_export/" + directory.relativize(file)));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        importExport(user, zip.toByteArray(), "export.zip");
    }

    /** Uploads an export file (zip, XML) through the direct upload and waits for its job to be done. */
    protected void importExport(TestUser user, byte[] file, String filename) throws IOException {
        String boundary = "fixture-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(file);
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> queued = send(request("/api/v1/users/" + user.id() + "/import/apple/xml/direct")
                .header("Authorization", "Bearer " + user.key())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build());
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String job = "/api/v1/users/" + user.id() + "/import/jobs/" + json(queued).path("job_id").asString();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (Set.of("queued", "running").contains(json(get(job, user.key())).path("status").asString())) {
            assertThat(System.nanoTime()).as("import finished within 60 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(json(get(job, user.key())).path("status").asString()).isEqualTo("done");
    }

    public record TestUser(long id, String email, String password, String key) {
    }
}
