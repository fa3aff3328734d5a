package dev.healthsync.imports;

import dev.healthsync.storage.BlobStore;
import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.SharedFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Imports files through the server's job queue and watches them through the job API, as an upload would. */
abstract class ImportTestSupport extends ApiTestSupport {

    static final Path EXPORTS = Path.of("..", "shared", "fixtures", "export");
    static final Path OWN_EXPORTS = Path.of("src/test/resources/fixtures/export");

    @Autowired
    ImportJobs jobs;

    @Autowired
    BlobStore blobs;

    Path real(String name) {
        Path file = EXPORTS.resolve(name);
        SharedFixtures.assumePresent(file);
        return file;
    }

    /** Stores the file as an upload would, queues it, and polls the job API until it ends. */
    JsonNode importAndWait(TestUser user, Path file) throws IOException {
        String key = "uploads/" + user.id() + "/" + UUID.randomUUID() + "/" + file.getFileName();
        try (OutputStream out = blobs.create(key)) {
            Files.copy(file, out);
        }
        String jobId = jobs.enqueue(user.id(), key, file.getFileName().toString(), Files.size(file)).id();
        String path = "/api/v1/users/" + user.id() + "/import/jobs/" + jobId;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = json(get(path, user.key()));
            String status = job.path("status").asString();
            if (!status.equals("queued") && !status.equals("running")) {
                return job;
            }
            sleep();
        }
        throw new AssertionError("import job " + jobId + " did not end within 60 s");
    }

    static void zipFolder(Path folder, Path zip) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
             var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("apple_health_export/"
                        + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
