package dev.healthsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.HealthSyncBatchGenerator;
import dev.healthsync.testing.PostgresRequired;
import dev.healthsync.testing.ServerProcess;
import dev.healthsync.testing.ServerProcess.BootstrapCredentials;
import dev.healthsync.testing.ServerProcess.CliResult;
import dev.healthsync.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar end to end, as the README's first command runs it: {@code java -jar target/healthsync.jar serve}
 * on an empty data directory, then the CLI against the same data while the server runs. One server per database;
 * the steps run in order and build on each other (the bootstrap admin, then bob, his key, his push…).
 */
class ServerProcessIT {

    private static final Pattern API_KEY = Pattern.compile("hs_[0-9A-Za-z]{43}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOB = "bob@example.test";
    private static final String BOB_PASSWORD = "s3cret-password";
    private static final String BOB_NEW_PASSWORD = "n3w-s3cret-passphrase";

    @Nested
    class OnSqlite extends Flow {
        @Override
        Map<String, String> databaseEnv() {
            return Map.of();
        }
    }

    @Nested
    @ExtendWith(PostgresRequired.class)
    class OnPostgres extends Flow {
        @Override
        Map<String, String> databaseEnv() {
            return Map.of("HEALTHSYNC_DB_URL", TestDatabases.freshPostgres());
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract class Flow {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private Path dataDir;
        private Map<String, String> env;
        private ServerProcess server;
        private BootstrapCredentials bootstrap;
        private String bobKey;
        /** Every secret the flow has seen: none may reach the logs (except the bootstrap block, once). */
        private final Set<String> secrets = new HashSet<>();

        abstract Map<String, String> databaseEnv();

        @BeforeAll
        void startOnAnEmptyDataDir() {
            dataDir = TestDatabases.tempDataDir();
            env = databaseEnv();
            server = ServerProcess.start(dataDir, env, List.of("-Xmx512m"));
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        @Test
        @Order(1)
        void theFirstStartPrintsTheBootstrapCredentialsOnce() {
            bootstrap = server.awaitBootstrapCredentials(Duration.ofSeconds(60));
            secrets.addAll(List.of(bootstrap.password(), bootstrap.apiKey()));
            String stdout = server.stdout();

            assertThat(bootstrap.email()).isEqualTo("admin@healthsync.local");
            assertThat(bootstrap.password()).hasSizeGreaterThanOrEqualTo(12);
            assertThat(bootstrap.apiKey()).matches(API_KEY);
            assertThat(linesMatching(stdout, "^\\s*email:")).as(stdout).hasSize(1);
            assertThat(linesMatching(stdout, "^\\s*password:")).as(stdout).hasSize(1);
            assertThat(linesMatching(stdout, "^\\s*API key:")).as(stdout).hasSize(1);
            assertThat(occurrences(stdout, bootstrap.password())).isEqualTo(1);
            assertThat(occurrences(stdout, bootstrap.apiKey())).isEqualTo(1);
            assertThat(server.stderr()).doesNotContain(bootstrap.password(), bootstrap.apiKey());
        }

        @Test
        @Order(1)
        void theFirstScreenSaysWhereTheServerIsAndHowToConnectThePhone() {
            String stdout = server.awaitStdout("Stop with Ctrl+C", Duration.ofSeconds(60));

            assertThat(stdout).contains("is running at http://localhost:" + server.port(),
                    "http://localhost:" + server.port() + "/openapi.yaml",
                    "http://localhost:" + server.port() + "/api-docs", ":" + server.port()
                            + "/api/apple-health/sync", "key create --user EMAIL --name iPhone");
            assertThat(linesMatching(stdout, " INFO ")).as("framework start-up lines on the first screen\n" + stdout)
                    .isEmpty();
        }

        @Test
        @Order(2)
        void theBootstrapPasswordLogsInAndTheKeyWorks() {
            HttpResponse<String> login = login(bootstrap.email(), bootstrap.password());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            JsonNode token = JSON.readTree(login.body());
            assertThat(token.path("access_token").asString()).isNotBlank();
            assertThat(token.path("token_type").asString()).isEqualTo("bearer");
            assertThat(token.path("expires_in").isIntegralNumber()).isTrue();
            assertThat(token.path("expires_in").asLong()).isPositive();
            secrets.add(token.path("access_token").asString());

            for (String credential : List.of(token.path("access_token").asString(), bootstrap.apiKey())) {
                HttpResponse<String> me = get("/api/v1/users/me", credential);
                assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
                JsonNode user = JSON.readTree(me.body());
                assertThat(user.path("email").asString()).isEqualTo("admin@healthsync.local");
                assertThat(user.path("admin").asBoolean()).isTrue();
                assertThat(user.has("id")).isTrue();
                assertThat(user.has("settings")).isTrue();
            }
        }

        @Test
        @Order(2)
        void theJarServesItsOpenApiDocumentAndSwaggerUiWithoutACredential() {
            HttpResponse<String> yaml = send(request("/openapi.yaml").GET().build());
            assertThat(yaml.statusCode()).isEqualTo(200);
            assertThat(yaml.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.oai.openapi");
            assertThat(yaml.body()).contains("title: HealthSync Server API", "/api/apple-health/sync:",
                    "/api/v1/samples:", "ProblemDetail:", "HealthSyncBatch:");

            HttpResponse<String> docs = send(request("/api-docs").GET().build());
            assertThat(docs.statusCode()).isEqualTo(302);
            String index = docs.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> page = send(request(index).GET().build());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("https://");
            assertThat(send(request(index.replace("index.html", "swagger-ui-bundle.js")).GET().build()).statusCode())
                    .isEqualTo(200);
        }

        @Test
        @Order(3)
        void userAddWhileTheServerRunsReadsThePasswordFromStdin() {
            secrets.add(BOB_PASSWORD);
            CliResult added = cli(BOB_PASSWORD + "\n", "user", "add", BOB, "--password-stdin");

            assertThat(added.exitCode()).as(added.toString()).isZero();
            assertThat(added.stdout()).contains(BOB).doesNotContain(BOB_PASSWORD);
            assertThat(added.stderr()).doesNotContain(BOB_PASSWORD);
            HttpResponse<String> login = login(BOB, BOB_PASSWORD);
            assertThat(login.statusCode()).as("the running server sees the new user: " + login.body())
                    .isEqualTo(200);
        }

        @Test
        @Order(4)
        void keyCreatePrintsOnlyTheKeyAndTheKeyPushesABatch() {
            CliResult created = cli(null, "key", "create", "--user", BOB, "--name", "phone");

            assertThat(created.exitCode()).as(created.toString()).isZero();
            List<String> lines = created.stdout().lines().toList();
            assertThat(lines).as(created.toString()).hasSize(1);
            assertThat(lines.get(0)).matches(API_KEY);
            assertThat(created.stdout()).isEqualTo(lines.get(0) + System.lineSeparator());
            bobKey = lines.get(0);
            secrets.add(bobKey);
            assertThat(created.stderr()).doesNotContain(bobKey);

            ByteArrayOutputStream body = new ByteArrayOutputStream();
            new HealthSyncBatchGenerator().batchId("process-it-1").deviceId("bobs-phone").uuidPrefix("bob")
                    .samples(25).workouts(1).routePointsPerWorkout(7).writeTo(body);
            HttpResponse<String> push = send(request("/api/apple-health/sync").header("Authorization", "Bearer "
                    + bobKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
            assertThat(push.statusCode()).as(push.body()).isEqualTo(200);
            JsonNode receipt = JSON.readTree(push.body());
            assertThat(receipt.path("ok").asBoolean()).isTrue();
            assertThat(receipt.path("batchId").asString()).isEqualTo("process-it-1");
            assertThat(receipt.path("inserted").path("samples").asLong()).isEqualTo(25);
            assertThat(receipt.path("inserted").path("workouts").asLong()).isEqualTo(1);
            assertThat(receipt.path("inserted").path("routePoints").asLong()).isEqualTo(7);
            assertThat(receipt.path("duplicates").asLong()).isZero();
            assertThat(receipt.path("rejected").isArray()).isTrue();
            assertThat(receipt.path("rejected").size()).isZero();

            HttpResponse<String> samples = send(request("/api/v1/samples?limit=100").header("X-API-Key", bobKey)
                    .GET().build());
            assertThat(samples.statusCode()).as(samples.body()).isEqualTo(200);
            List<String> uuids = new ArrayList<>();
            JSON.readTree(samples.body()).path("items").forEach(item -> uuids.add(item.path("uuid").asString()));
            assertThat(uuids).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 25)
                    .mapToObj(i -> HealthSyncBatchGenerator.sampleUuid("bob", i)).toList());

            HttpResponse<String> adminSamples = get("/api/v1/samples", bootstrap.apiKey());
            assertThat(JSON.readTree(adminSamples.body()).path("items").size())
                    .as("the admin sees only the admin's own samples").isZero();
        }

        @Test
        @Order(5)
        void keyListShowsTheKeyAndRevokeLocksItOutOfTheRunningServerAtOnce() {
            CliResult listed = cli(null, "key", "list", "--user", BOB);
            assertThat(listed.exitCode()).as(listed.toString()).isZero();
            assertThat(listed.stdout()).doesNotContain(bobKey);
            String row = listed.stdout().lines().filter(line -> line.matches("\\s*\\d+\\s+phone\\s.*")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for the key 'phone' in\n" + listed));
            assertThat(row).contains(bobKey.substring(0, 10)).contains("active");
            String id = row.trim().split("\\s+")[0];

            CliResult revoked = cli(null, "key", "revoke", id, "--user", BOB);
            assertThat(revoked.exitCode()).as(revoked.toString()).isZero();

            HttpResponse<String> refused = get("/api/v1/samples", bobKey);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
            assertThat(JSON.readTree(refused.body()).path("status").asInt()).isEqualTo(401);
            HttpResponse<String> push = send(request("/api/apple-health/sync").header("X-API-Key", bobKey)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build());
            assertThat(push.statusCode()).isEqualTo(401);

            CliResult after = cli(null, "key", "list", "--user", BOB);
            assertThat(after.stdout().lines().filter(line -> line.trim().startsWith(id + " ")).findFirst())
                    .hasValueSatisfying(line -> assertThat(line).contains("revoked"));
            CliResult again = cli(null, "key", "revoke", id, "--user", BOB);
            assertThat(again.exitCode()).as("revoking a revoked key: " + again).isNotZero();
        }

        @Test
        @Order(6)
        void userListListsBothUsers() {
            CliResult listed = cli(null, "user", "list");

            assertThat(listed.exitCode()).as(listed.toString()).isZero();
            assertThat(listed.stdout().lines().filter(line -> line.contains("admin@healthsync.local")).toList())
                    .singleElement().satisfies(line -> assertThat(line).endsWith("yes"));
            assertThat(listed.stdout().lines().filter(line -> line.contains(BOB)).toList())
                    .singleElement().satisfies(line -> assertThat(line).endsWith("no"));
        }

        @Test
        @Order(7)
        void userPasswdChangesThePasswordForTheRunningServer() {
            secrets.add(BOB_NEW_PASSWORD);
            CliResult changed = cli(BOB_NEW_PASSWORD + "\n", "user", "passwd", BOB, "--password-stdin");

            assertThat(changed.exitCode()).as(changed.toString()).isZero();
            assertThat(changed.stdout() + changed.stderr()).doesNotContain(BOB_NEW_PASSWORD);
            assertThat(login(BOB, BOB_PASSWORD).statusCode()).isEqualTo(401);
            HttpResponse<String> login = login(BOB, BOB_NEW_PASSWORD);
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            secrets.add(JSON.readTree(login.body()).path("access_token").asString());
        }

        @Test
        @Order(8)
        void keyCreateForAnUnknownUserFailsWithOneLineOnStderr() {
            CliResult failed = cli(null, "key", "create", "--user", "nobody@example.test", "--name", "phone");

            assertThat(failed.exitCode()).as(failed.toString()).isNotZero();
            assertThat(failed.stdout()).as(failed.toString()).isEmpty();
            assertThat(failed.stderr().strip().lines().toList()).as(failed.toString()).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("healthsync key create: ")
                            .contains("nobody@example.test").doesNotContain("Exception"));
        }

        @Test
        @Order(9)
        void secretsNeverReachTheLogsExceptInTheOneBootstrapBlock() throws IOException {
            server.close();
            String stdout = server.stdout();
            String stderr = server.stderr();

            String bootstrapBlock = bootstrapBlock(stdout);
            String rest = stdout.replace(bootstrapBlock, "");
            assertThat(rest).as("stdout without the bootstrap block").doesNotContain(secrets);
            assertThat(stderr).doesNotContain(secrets);
            assertThat(bootstrapBlock).doesNotContain(bobKey, BOB_PASSWORD, BOB_NEW_PASSWORD);

            // Nothing else under the data directory holds a secret in clear text (the database keeps hashes).
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (file.equals(server.stdoutFile())) {
                        continue;
                    }
                    String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    for (String secret : secrets) {
                        assertThat(content.contains(secret)).as("a secret in clear text in " + file).isFalse();
                    }
                }
            }
        }

        @Test
        @Order(10)
        void aSecondStartOnTheSameDataPrintsNoCredentials() {
            server = ServerProcess.start(dataDir, env, List.of("-Xmx512m"));

            assertThat(login(bootstrap.email(), bootstrap.password()).statusCode()).isEqualTo(200);
            assertThat(login(BOB, BOB_NEW_PASSWORD).statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/users/me", bootstrap.apiKey()).statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/users/me", bobKey).statusCode()).as("revoked stays revoked").isEqualTo(401);
            server.close();

            String stdout = server.stdout();
            String stderr = server.stderr();
            assertThat(stdout).as("the second start's stdout").doesNotContain("first start")
                    .doesNotContain(secrets);
            assertThat(linesMatching(stdout, "^\\s*(email|password|API key):")).as(stdout).isEmpty();
            assertThat(stderr).doesNotContain(secrets);
            ServerProcess.deleteRecursively(dataDir);
        }

        private CliResult cli(String stdin, String... args) {
            return ServerProcess.cli(dataDir, env, stdin, args);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
        }

        private HttpResponse<String> get(String path, String credential) {
            return send(request(path).header("Authorization", "Bearer " + credential).GET().build());
        }

        private HttpResponse<String> login(String username, String password) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("username", username);
            form.put("password", password);
            String body = String.join("&", form.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
            return send(request("/api/v1/auth/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The lines from the first-start banner to the API key line. */
    private static String bootstrapBlock(String stdout) {
        Matcher block = Pattern.compile("(?m)^.*first start.*\\R(?:.*\\R){0,2}?\\s*API key:.*$").matcher(stdout);
        assertThat(block.find()).as("a bootstrap block in\n" + stdout).isTrue();
        return block.group();
    }

    private static List<String> linesMatching(String text, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return text.lines().filter(line -> pattern.matcher(line).find()).toList();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
