package dev.healthsync.imports.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/** The configured upload limit (HEALTHSYNC_MAX_UPLOAD), on a server of its own so the small limit stays here. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "healthsync.imports.max-upload=64KB")
@ContextConfiguration(initializers = UploadLimitTest.OwnDataDir.class)
class UploadLimitTest extends ApiTestSupport {

    private static final Path DATA_DIR = TestDatabases.tempDataDir();

    @Test
    void aDirectUploadOverTheLimitIs413AndKeepsNothing() throws Exception {
        TestUser user = newUser();
        byte[] file = new byte[64 * 1024 + 1];
        new Random(1).nextBytes(file);
        MultipartForm form = new MultipartForm().file("file", "export.zip", "application/zip", file);
        HttpResponse<String> response = send(request(UploadApiContract.directPath(user.id()))
                .header("X-API-Key", user.key()).header("Content-Type", form.contentType())
                .POST(form.publisher()).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(count("import_jobs", user.id())).isZero();
        Path uploads = DATA_DIR.resolve("blobs").resolve("uploads").resolve(Long.toString(user.id()));
        if (Files.exists(uploads)) {
            try (Stream<Path> files = Files.walk(uploads)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }

        MultipartForm atTheLimit = new MultipartForm().file("file", "export.zip", "application/zip",
                java.util.Arrays.copyOf(file, 64 * 1024));
        assertThat(send(request(UploadApiContract.directPath(user.id())).header("X-API-Key", user.key())
                .header("Content-Type", atTheLimit.contentType()).POST(atTheLimit.publisher()).build())
                .statusCode()).isEqualTo(202);
    }

    @Test
    void aPresignAskingForMoreThanTheLimitIs400() {
        TestUser user = newUser();
        HttpResponse<String> response = postJson(UploadApiContract.presignPath(user.id()), user.key(),
                "{\"max_file_size\": 65537}".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("HEALTHSYNC_MAX_UPLOAD");
    }

    static final class OwnDataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("healthsync.data-dir=" + DATA_DIR, "healthsync.db.url=").applyTo(context);
        }
    }
}
