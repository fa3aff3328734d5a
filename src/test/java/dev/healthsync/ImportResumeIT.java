package dev.healthsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ExportXmlGenerator;
import dev.healthsync.testing.PostgresRequired;
import dev.healthsync.testing.ServerProcess;
import dev.healthsync.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} of the server in the middle of an import, then a restart: the job resumes from its last
 * checkpoint and ends with exactly the counts and records of an uninterrupted import of the same export.
 */
class ImportResumeIT {

    private static final int RECORDS = 400_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Path workDir;
    private static Path export;

    @BeforeAll
    static void generateTheExport() throws IOException {
        workDir = Files.createTempDirectory("healthsync-import-resume-");
        Path xml = ExportXmlGenerator.generate(workDir.resolve("export.xml"), RECORDS);
        export = workDir.resolve("export.xml.gz");
        try (InputStream in = Files.newInputStream(xml);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(export), 1 << 16)) {
            in.transferTo(out);
        }
        Files.delete(xml);
    }

    @AfterAll
    static void deleteTheExport() {
        ServerProcess.deleteRecursively(workDir);
    }

    @Nested
    class OnSqlite extends Resume {
        @Override
        Map<String, String> databaseEnv() {
            return Map.of();
        }
    }

    @Nested
    @ExtendWith(PostgresRequired.class)
    class OnPostgres extends Resume {
        @Override
        Map<String, String> databaseEnv() {
            return Map.of("HEALTHSYNC_DB_URL", TestDatabases.freshPostgres());
        }
    }

    abstract class Resume {

        abstract Map<String, String> databaseEnv();

        @Test
        void aKilledImportResumesAndEndsLikeACleanOne() throws Exception {
            Map<String, String> env = new TreeMap<>(databaseEnv());
            env.put("HEALTHSYNC_IMPORTS_STALEAFTER", "3s");
            env.put("HEALTHSYNC_IMPORTS_CHUNKRECORDS", "20000");

            Path killedDir = TestDatabases.tempDataDir();
            JsonNode resumed;
            Map<String, Long> resumedTypes;
            try (ServerProcess first = ServerProcess.start(killedDir, env, List.of())) {
                String key = first.awaitBootstrapCredentials(Duration.ofSeconds(60)).apiKey();
                long userId = me(first, key);
                String jobId = upload(first, key, userId);
                awaitCheckpoint(first, key, userId, jobId);
                ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();
                first.close();
                try (ServerProcess second = ServerProcess.start(killedDir, env, List.of())) {
                    resumed = awaitEnd(second, key, userId, jobId);
                    resumedTypes = types(second, key);
                }
            }

            Path cleanDir = TestDatabases.tempDataDir();
            Map<String, String> cleanEnv = new TreeMap<>(env);
            cleanEnv.replace("HEALTHSYNC_DB_URL", TestDatabases.freshPostgres());
            JsonNode clean;
            Map<String, Long> cleanTypes;
            try (ServerProcess server = ServerProcess.start(cleanDir, databaseEnv().isEmpty() ? env : cleanEnv,
                    List.of())) {
                String key = server.awaitBootstrapCredentials(Duration.ofSeconds(60)).apiKey();
                long userId = me(server, key);
                clean = awaitEnd(server, key, userId, upload(server, key, userId));
                cleanTypes = types(server, key);
            }

            assertThat(resumed.path("status").asString()).isEqualTo("done");
            assertThat(clean.path("status").asString()).isEqualTo("done");
            assertThat(resumed.path("inserted")).isEqualTo(clean.path("inserted"));
            assertThat(resumed.path("duplicates")).isEqualTo(clean.path("duplicates"));
            assertThat(resumed.path("skipped")).isEqualTo(clean.path("skipped"));
            assertThat(resumed.path("inserted").path("records").asLong()).isEqualTo(RECORDS);
            assertThat(resumedTypes).isEqualTo(cleanTypes);
            ServerProcess.deleteRecursively(killedDir);
            ServerProcess.deleteRecursively(cleanDir);
        }
    }

    private static long me(ServerProcess server, String key) throws Exception {
        return json(HTTP.send(authorized(server, key, "/api/v1/users/me").GET().build(),
                HttpResponse.BodyHandlers.ofString())).path("id").asLong();
    }

    /** The export through the direct upload endpoint, as multipart with the file streamed from disk. */
    private static String upload(ServerProcess server, String key, long userId) throws Exception {
        String boundary = "----healthsync-resume-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.xml.gz\""
                + "\r\nContent-Type: application/gzip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = authorized(server, key, "/api/v1/users/" + userId + "/import/apple/xml/direct")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(export), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json(response).path("job_id").asString();
    }

    /** Waits until the job has committed at least one chunk and is still running. */
    private static void awaitCheckpoint(ServerProcess server, String key, long userId, String jobId)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = job(server, key, userId, jobId);
            assertThat(job.path("status").asString()).as("the import must still run when killed").isIn("queued",
                    "running");
            if (job.path("records_read").asLong() > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no checkpoint within 3 minutes");
    }

    private static JsonNode awaitEnd(ServerProcess server, String key, long userId, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = job(server, key, userId, jobId);
            if (!job.path("status").asString().equals("queued") && !job.path("status").asString().equals("running")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not end within 10 minutes");
    }

    private static JsonNode job(ServerProcess server, String key, long userId, String jobId) throws Exception {
        return json(HTTP.send(authorized(server, key, "/api/v1/users/" + userId + "/import/jobs/" + jobId).GET()
                .build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Map<String, Long> types(ServerProcess server, String key) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode type : json(HTTP.send(authorized(server, key, "/api/v1/types").GET().build(),
                HttpResponse.BodyHandlers.ofString()))) {
            counts.put(type.path("type").asString(), type.path("count").asLong());
        }
        return counts;
    }

    private static HttpRequest.Builder authorized(ServerProcess server, String key, String path) {
        return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + key);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
