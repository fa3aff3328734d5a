package dev.healthsync.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.storage.BlobStore;
import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.SharedFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Import jobs run by the server's workers, watched through the job API, on each database: the real exports in
 * {@code ../shared/fixtures/export/} (skipped where that folder is absent) with per-kind counts, and re-imports.
 */
abstract class ImportJobsContract extends ApiTestSupport {

    private static final Path EXPORTS = Path.of("..", "shared", "fixtures", "export");

    @Autowired
    ImportJobs jobs;

    @Autowired
    BlobStore blobs;

    @Test
    void theLegacyExportWithInlineLocationsImportsEveryKind() throws IOException {
        TestUser user = newUser();
        JsonNode job = importAndWait(user, real("legacy-2019_en-US_inline-route-locations_export.xml"));
        assertThat(job.path("status").asString()).isEqualTo("done");
        assertThat(job.path("inserted").path("records").asLong()).isEqualTo(2);
        assertThat(job.path("inserted").path("workouts").asLong()).isEqualTo(1);
        assertThat(job.path("inserted").path("routePoints").asLong()).isEqualTo(2);
        assertThat(job.path("inserted").path("activitySummaries").asLong()).isEqualTo(2);
        assertThat(job.path("inserted").path("documents").asLong()).as("Me").isEqualTo(1);
        assertThat(count("samples", user.id())).isEqualTo(2);
        assertThat(routePoints(user.id())).isEqualTo(2);
        assertThat(jdbc.sql("SELECT metadata FROM samples WHERE user_id = ? ORDER BY start_ms").param(user.id())
                .query(String.class).list()).allSatisfy(metadata -> assertThat(metadata).contains("\""));
        assertThat(job.path("bytes_read").asLong()).isEqualTo(job.path("bytes_total").asLong());
    }

    @Test
    void theMacRezippedArchiveIgnoresAppleDoubleEntries() throws IOException {
        TestUser user = newUser();
        JsonNode job = importAndWait(user, real("ios17_en-NL_mac-rezipped-with-__MACOSX_export.zip"));
        assertThat(job.path("status").asString()).isEqualTo("done");
        assertThat(job.path("inserted").path("records").asLong()).isEqualTo(8);
        assertThat(job.path("skipped").path("__MACOSX or AppleDouble entry").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM samples s JOIN health_types t ON t.id = s.type_id
                        WHERE s.user_id = ? AND t.identifier = 'HKCategoryTypeIdentifierSleepAnalysis'""")
                .param(user.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void importingTheSameExportTwiceStoresNothingNewAndTheUnionOfTwoExportsOnce() throws IOException {
        TestUser user = newUser();
        Path xml = real("ios17_en-NL_sleep-stages_hktimezone_export.xml");
        Path zip = real("ios17_en-NL_mac-rezipped-with-__MACOSX_export.zip");
        JsonNode first = importAndWait(user, xml);
        JsonNode second = importAndWait(user, zip);
        assertThat(first.path("inserted").path("records").asLong()).isEqualTo(8);
        assertThat(second.path("inserted").path("records").asLong()).isZero();
        assertThat(second.path("duplicates").path("records").asLong()).isEqualTo(8);

        JsonNode legacy = importAndWait(user, real("legacy-2019_en-US_inline-route-locations_export.xml"));
        JsonNode legacyAgain = importAndWait(user, real("legacy-2019_en-US_route-filereference_export.xml"));
        assertThat(legacy.path("inserted").path("records").asLong()).isEqualTo(2);
        assertThat(legacyAgain.path("inserted").path("records").asLong())
                .as("the same instants written with another offset are the same records").isZero();
        assertThat(count("samples", user.id())).isEqualTo(10);
        assertThat(count("workouts", user.id())).isEqualTo(1);
    }

    @Test
    void theProjectsOwnExportWithEveryElementKind() throws IOException {
        TestUser user = newUser();
        Path export = Files.createTempFile("own-export", ".zip");
        Path folder = Path.of("src/test/resources/fixtures/export/apple_health_export");
        zipFolder(folder, export);
        JsonNode job = importAndWait(user, export);
        assertThat(job.path("status").asString()).isEqualTo("done");
        assertThat(job.path("inserted").path("records").asLong()).isPositive();
        assertThat(job.path("inserted").path("workouts").asLong()).isPositive();
        assertThat(job.path("inserted").path("routePoints").asLong()).isPositive();
        assertThat(jdbc.sql("SELECT DISTINCT kind FROM documents WHERE user_id = ? ORDER BY kind").param(user.id())
                .query(String.class).list()).contains("AUDIOGRAM", "CHARACTERISTICS", "CLINICAL_RECORD", "ECG",
                "VISION_PRESCRIPTION");
    }

    @Test
    void anotherUsersJobIsNotVisibleAndAFinishedJobCannotBeCancelled() throws IOException {
        TestUser ana = newUser();
        TestUser bob = newUser();
        JsonNode job = importAndWait(ana, real("ios17_en-NL_sleep-stages_hktimezone_export.xml"));
        String path = "/api/v1/users/" + ana.id() + "/import/jobs/" + job.path("job_id").asString();
        assertThat(get(path, bob.key()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/users/" + bob.id() + "/import/jobs/" + job.path("job_id").asString(), bob.key())
                .statusCode()).isEqualTo(404);
        HttpResponse<String> cancel = send(request(path).header("X-API-Key", ana.key()).DELETE().build());
        assertThat(cancel.statusCode()).isEqualTo(409);
        assertThat(json(get("/api/v1/users/" + ana.id() + "/import/jobs", ana.key())).size()).isEqualTo(1);
    }

    private Path real(String name) {
        Path file = EXPORTS.resolve(name);
        SharedFixtures.assumePresent(file);
        return file;
    }

    /** Stores the file as an upload would, queues it, and polls the job API until it ends. */
    private JsonNode importAndWait(TestUser user, Path file) throws IOException {
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

    private static void zipFolder(Path folder, Path zip) throws IOException {
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
