package dev.healthsync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server's API as the browser tests use it beside the page: to fill an account and to read what it should show. */
final class DashboardApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    DashboardApi(String base) {
        this.base = base;
    }

    /** A login token for email and password. */
    String login(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    JsonNode get(String path, String credential) {
        HttpResponse<String> response = getResponse(path, credential);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> getResponse(String path, String credential) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + credential)
                .GET().build());
    }

    JsonNode postJson(String path, String credential, String body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + credential).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    /** Uploads an export through the direct upload and waits until its job is done. */
    void importExport(long userId, String credential, Path zip) {
        String boundary = "dashboard-fixture-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        try {
            form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.zip\""
                    + "\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            form.write(Files.readAllBytes(zip));
            form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> queued = send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/users/" + userId + "/import/apple/xml/direct"))
                .header("Authorization", "Bearer " + credential)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build());
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String job = "/api/v1/users/" + userId + "/import/jobs/"
                + JSON.readTree(queued.body()).path("job_id").asString();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (Set.of("queued", "running").contains(get(job, credential).path("status").asString())) {
            assertThat(System.nanoTime()).as("import finished within 120 s").isLessThan(deadline);
            sleep();
        }
        assertThat(get(job, credential).path("status").asString()).isEqualTo("done");
    }

    /** The project's fixture export zipped as the Health app zips it (under apple_health_export/). */
    static Path fixtureZip() {
        Path directory = dev.healthsync.testing.ServerProcess.projectDir()
                .resolve("src/test/resources/fixtures/export/apple_health_export");
        try {
            Path zip = Files.createTempFile("healthsync-dashboard-", ".zip");
            zip.toFile().deleteOnExit();
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                 var files = Files.walk(directory)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new ZipEntry("apple_health_export/" + directory.relativize(file)));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
