package dev.healthsync.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.HealthSyncApplication;
import dev.healthsync.docs.DocExamples.Block;
import dev.healthsync.docs.DocExamples.Example;
import dev.healthsync.docs.DocExamples.FileBlock;
import dev.healthsync.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every example of docs/api.md, in page order, against a fresh server of its own (so ids and counts are those
 * of a first start), and compares each documented response with the server's (see {@link DocExamples} for the
 * markers, {@link DocMatch} for the placeholders). Requests run as written, in bash with curl and jq, in one working
 * folder that holds the page's files; {@code http://localhost:8080} is this server. Before each example the test
 * waits until no import job is queued or running, so a job is read once it has ended. Where the page and the
 * server disagree, {@code target/api-docs/api.md} is the page with the server's responses in place.
 */
class ApiDocsExamplesTest {

    private static final Path PAGE = Path.of("docs/api.md");
    private static final Path CORRECTED = Path.of("target/api-docs/api.md");
    private static final Path REAL_EXPORTS = Path.of("..", "shared", "fixtures", "export");
    private static final Path OWN_EXPORT = Path.of("src/test/resources/fixtures/export/apple_health_export");
    private static final String DOCUMENTED_BASE = "http://localhost:8080";
    private static final String SERVE = "java -jar target/healthsync.jar serve";
    private static final Pattern STATUS = Pattern.compile("@@status (\\d{3})");
    private static final String PREAMBLE = "set -o pipefail\n"
            + "curl() { command curl -w '%{stderr}@@status %{http_code}\\n' \"$@\"; }\n";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> variables = new LinkedHashMap<>();
    private static final Map<Integer, String> corrections = new TreeMap<>();
    private static ConfigurableApplicationContext server;
    private static String base;
    private static String startOutput;
    private static Path work;

    @BeforeAll
    static void startServer() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(REAL_EXPORTS),
                "../shared/fixtures/export not present: the page's examples upload those exports; skipped");
        work = Files.createTempDirectory("api-docs");
        Path zip = REAL_EXPORTS.resolve("ios17_en-NL_mac-rezipped-with-__MACOSX_export.zip");
        Files.copy(zip, work.resolve(zip.getFileName()));
        Files.copy(zip, work.resolve("export.zip"));
        Files.copy(REAL_EXPORTS.resolve("legacy-2019_en-US_route-filereference_export.xml"), work.resolve("export.xml"));
        zipFolder(OWN_EXPORT, work.resolve("apple_health_export.zip"));

        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            server = new SpringApplication(HealthSyncApplication.class).run("--server.port=0",
                    "--healthsync.data-dir=" + TestDatabases.tempDataDir(), "--healthsync.db.url=",
                    "--healthsync.auth.header=X-Auth-Token", "--healthsync.bootstrap.enabled=true");
        } finally {
            System.setOut(console);
        }
        // kept for the first-start example, not echoed: it holds the generated password and key
        startOutput = printed.toString(StandardCharsets.UTF_8);
        base = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
        Files.deleteIfExists(CORRECTED);
        if (!corrections.isEmpty()) {
            List<String> lines = new ArrayList<>(Files.readString(PAGE).lines().toList());
            List<Integer> starts = new ArrayList<>(corrections.keySet());
            for (int i = starts.size() - 1; i >= 0; i--) {
                int open = starts.get(i);
                int close = open;
                while (!lines.get(close).equals("```")) {
                    close++;
                }
                lines.subList(open, close).clear();
                lines.addAll(open, corrections.get(open).lines().toList());
            }
            Files.createDirectories(CORRECTED.getParent());
            Files.writeString(CORRECTED, String.join("\n", lines) + "\n");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfTheApiPage() throws IOException {
        DocExamples page = DocExamples.parse(Files.readString(PAGE));
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every response block is marked", () -> assertThat(page.unmarked())
                .as("code blocks with no <!-- example --> or <!-- file --> marker").isEmpty()));
        for (Object item : page.inOrder()) {
            if (item instanceof FileBlock file) {
                tests.add(DynamicTest.dynamicTest("file " + file.name(),
                        () -> Files.writeString(work.resolve(file.name()), file.block().text())));
            } else {
                Example example = (Example) item;
                tests.add(DynamicTest.dynamicTest(example.name() + " (line " + example.line() + ")", () -> run(example)));
            }
        }
        return tests.stream();
    }

    private static void run(Example example) throws Exception {
        Assumptions.assumeTrue(example.notRun() == null, () -> "not run: " + example.notRun());
        awaitImports();
        DocMatch match = new DocMatch(variables);
        String documented = example.response().text();
        String actual;
        if (example.console()) {
            List<String> commands = documented.lines().filter(l -> l.startsWith("$ ")).map(l -> l.substring(2)).toList();
            documented = String.join("\n", documented.lines().filter(l -> !l.startsWith("$ ")).toList());
            actual = commands.equals(List.of(SERVE)) ? firstStartLines() : bash(String.join("\n", commands), null);
            match.text(documented, actual.strip(), "output");
        } else {
            actual = bash(example.request().text(), example.status());
            compare(example.response(), actual, match);
        }
        if (!match.differences().isEmpty()) {
            corrections.put(example.response().line(), corrected(example.response(), actual));
        }
        assertThat(match.differences()).as("%s, line %d of %s; the server answered:%n%s", example.name(),
                example.line(), PAGE, actual).isEmpty();
    }

    private static void compare(Block response, String actual, DocMatch match) {
        String documented = response.text();
        if (response.language().equals("json")) {
            List<JsonNode> values = jsonValues(actual);
            if (values.isEmpty()) {
                match.differences().add("no JSON in the response");
            }
            JsonNode expected = JSON.readTree(documented);
            values.forEach(value -> match.json(expected, value, "$"));
        } else if (documented.startsWith("HTTP/")) {
            compareHttp(documented.strip(), actual.strip(), match);
        } else {
            match.text(documented.strip(), actual.strip(), "response");
        }
    }

    /** The status line, each documented header (others may be there too) and the body, JSON line by line. */
    private static void compareHttp(String documented, String actual, DocMatch match) {
        String[] doc = documented.split("\n\n", 2);
        String[] act = actual.split("\n\n", 2);
        List<String> docHead = doc[0].lines().toList();
        List<String> actHead = act[0].lines().toList();
        match.text(docHead.get(0).strip(), actHead.get(0).strip(), "status line");
        for (String header : docHead.subList(1, docHead.size())) {
            String name = header.substring(0, header.indexOf(':') + 1);
            actHead.stream().filter(h -> h.regionMatches(true, 0, name, 0, name.length())).findFirst().ifPresentOrElse(
                    h -> match.text(header.substring(name.length()).strip(), h.substring(name.length()).strip(), name),
                    () -> match.differences().add("no header " + name));
        }
        List<String> docBody = doc.length > 1 ? doc[1].lines().toList() : List.of();
        List<String> actBody = act.length > 1 ? act[1].lines().toList() : List.of();
        if (docBody.size() != actBody.size()) {
            match.differences().add("body: documented " + docBody.size() + " lines, server's " + actBody.size());
            return;
        }
        for (int i = 0; i < docBody.size(); i++) {
            if (docBody.get(i).startsWith("{")) {
                match.json(JSON.readTree(docBody.get(i)), JSON.readTree(actBody.get(i)), "body line " + (i + 1));
            } else {
                match.text(docBody.get(i), actBody.get(i), "body line " + (i + 1));
            }
        }
    }

    private static String corrected(Block response, String actual) {
        if (!response.language().equals("json")) {
            return actual.strip();
        }
        JsonNode documented = JSON.readTree(response.text());
        JsonNode server = DocMatch.keepPlaceholders(documented, jsonValues(actual).get(0));
        return response.text().strip().contains("\n") ? JqLayout.pretty(server) : JqLayout.compact(server);
    }

    /** The JSON values one after another in the output (several commands may each print one). */
    private static List<JsonNode> jsonValues(String text) {
        List<JsonNode> values = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            while (parser.nextToken() != null) {
                values.add(parser.readValueAsTree());
            }
        }
        return values;
    }

    /** The lines the server printed at its first start (not the log lines around them). */
    private static String firstStartLines() {
        List<String> lines = startOutput.lines().toList();
        int from = lines.indexOf(lines.stream().filter(l -> l.startsWith("HealthSync: first start")).findFirst()
                .orElseThrow(() -> new AssertionError("the server printed no first-start lines")));
        int to = from;
        while (to < lines.size() && !lines.get(to).isBlank()) {
            to++;
        }
        return String.join("\n", lines.subList(from, to));
    }

    /** Runs the script in the working folder; the result is its output, checked for the last curl's status. */
    private static String bash(String script, Integer status) throws IOException, InterruptedException {
        Path errors = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", PREAMBLE + script.replace(DOCUMENTED_BASE, base))
                .directory(work.toFile()).redirectError(errors.toFile());
        builder.environment().putAll(variables);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the example ran within 120 s").isTrue();
        String err = Files.readString(errors);
        assertThat(process.exitValue()).as("exit code of\n%s\nstderr: %s", script, err).isZero();
        if (status != null) {
            Matcher statuses = STATUS.matcher(err);
            String last = null;
            while (statuses.find()) {
                last = statuses.group(1);
            }
            assertThat(last).as("HTTP status of the last curl; stdout:%n%s", out).isEqualTo(status.toString());
        }
        return out.replace("\r\n", "\n").replace(base, DOCUMENTED_BASE);
    }

    private static void awaitImports() throws InterruptedException {
        JdbcClient jdbc = server.getBean(JdbcClient.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.sql("SELECT COUNT(*) FROM import_jobs WHERE status IN ('queued', 'running')")
                .query(Long.class).single() > 0) {
            assertThat(System.nanoTime()).as("import jobs ended within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void zipFolder(Path folder, Path zip) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip)); var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("apple_health_export/"
                        + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
