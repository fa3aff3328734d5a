package dev.healthsync.imports.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.SqliteServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 004's own client code, in Python with requests, against the server playing S3: login, presign, the form
 * post with the file last, then polling the job until the import ends. Needs {@code /usr/bin/python3} with
 * requests (Debian: {@code apt-get install python3-requests}); skipped without it, except in CI ({@code CI} set),
 * where it fails instead.
 */
@SqliteServer
class PythonUploadFlowTest extends ApiTestSupport {

    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SCRIPT = Path.of("src/test/resources/upload-flow/upload.py");
    private static final Path EXPORT_FOLDER = Path.of("src/test/resources/fixtures/export/apple_health_export");

    @BeforeAll
    static void pythonWithRequests() throws InterruptedException {
        String problem = null;
        try {
            Process probe = new ProcessBuilder(PYTHON, "-c", "import requests").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                problem = PYTHON + " cannot import requests";
            }
        } catch (IOException e) {
            problem = PYTHON + " is missing";
        }
        if (problem != null) {
            String hint = problem + ": install it with apt-get install -y python3-requests";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI is set but " + hint);
            }
            Assumptions.abort("the seed's Python upload flow skipped: " + hint);
        }
    }

    @Test
    void theSeedsPythonClientUploadsAnExportThatImports() throws Exception {
        TestUser user = newUser();
        Path export = Files.createTempDirectory("upload-flow").resolve("export.zip");
        zip(EXPORT_FOLDER, export);

        Process script = new ProcessBuilder(List.of(PYTHON, SCRIPT.toString(), "http://127.0.0.1:" + port,
                user.email(), user.password(), export.toString(), "120")).redirectErrorStream(true).start();
        script.getOutputStream().close();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(150, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output).contains("Uploaded successfully! File key: uploads/" + user.id() + "/");

        String last = output.lines().filter(line -> line.startsWith("JOB ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the script printed no job: " + output));
        JsonNode job = JSON.readTree(last.substring(4));
        assertThat(job.path("status").asString()).as(output).isEqualTo("done");
        assertThat(job.path("bytes_total").asLong()).as("progress runs over the export inside the zip").isPositive();
        assertThat(job.path("bytes_read").asLong()).isEqualTo(job.path("bytes_total").asLong());
        assertThat(job.path("inserted").path("records").asLong()).isPositive();
        assertThat(count("samples", user.id())).isPositive();
        assertThat(jdbc.sql("SELECT file_key FROM import_jobs WHERE user_id = ?").param(user.id())
                .query(String.class).single()).matches("uploads/" + user.id() + "/[0-9a-f-]{36}/export\\.zip");
    }

    private static void zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry("apple_health_export/"
                        + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
