package dev.healthsync.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server ({@code target/healthsync.jar}) as a child process, the way a user runs it:
 * {@code java <jvmArgs> -jar target/healthsync.jar serve --port <free port>} with {@code HEALTHSYNC_DATA_DIR} set
 * and any extra environment (e.g. {@code HEALTHSYNC_DB_URL}). Its stdout and stderr go to files under the data
 * directory ({@code serve-<n>.stdout.log}, {@code serve-<n>.stderr.log}, one pair per start). Also runs one-shot
 * CLI commands of the same jar with {@link #cli}. Processes run a private copy of the jar taken at first use (see
 * {@link #launchedJar()}), so a concurrent rebuild of {@code target/} cannot break them.
 * <p>
 * {@code HEALTHSYNC_*}, {@code SPRING_*}, {@code SERVER_PORT} and {@code PORT} are not inherited from the test's
 * environment, so a developer's own settings cannot leak into a test server.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration CLI_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern BOOTSTRAP = Pattern.compile(
            "^\\s*email:\\s*(\\S+)\\s*\\R\\s*password:\\s*(\\S+)\\s*\\R\\s*API key:\\s*(\\S+)\\s*$", Pattern.MULTILINE);

    private static Path snapshot;

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path stdoutFile;
    private final Path stderrFile;
    /** Kills the server if the test JVM exits without closing it, so no orphan keeps a port or a database. */
    private final Thread reaper;

    private ServerProcess(Process process, int port, Path dataDir, Path stdoutFile, Path stderrFile) {
        this.process = process;
        this.reaper = new Thread(process::destroyForcibly, "healthsync-server-reaper-" + process.pid());
        Runtime.getRuntime().addShutdownHook(reaper);
        this.port = port;
        this.dataDir = dataDir;
        this.stdoutFile = stdoutFile;
        this.stderrFile = stderrFile;
    }

    /** Starts a server on {@code dataDir} with no extra settings. */
    public static ServerProcess start(Path dataDir) {
        return start(dataDir, Map.of(), List.of());
    }

    /** Starts a server and waits (up to 3 minutes) until it answers HTTP. */
    public static ServerProcess start(Path dataDir, Map<String, String> env, List<String> jvmArgs) {
        return start(dataDir, env, jvmArgs, DEFAULT_START_TIMEOUT);
    }

    /**
     * Starts a server and waits until {@code GET /api/v1/users/me} answers 401. A free port is picked just before
     * the start; if another process takes it in between, the start is retried on a new port.
     */
    public static ServerProcess start(Path dataDir, Map<String, String> env, List<String> jvmArgs,
                                      Duration timeout) {
        Path jar = launchedJar();
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            int port = freePort();
            int n = nextLogIndex(dataDir);
            Path stdout = dataDir.resolve("serve-" + n + ".stdout.log");
            Path stderr = dataDir.resolve("serve-" + n + ".stderr.log");
            List<String> command = new ArrayList<>();
            command.add(javaExecutable());
            command.addAll(jvmArgs);
            command.addAll(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port)));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            environment(builder, dataDir, env);
            Process process;
            try {
                process = builder.start();
                process.getOutputStream().close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + command, e);
            }
            ServerProcess server = new ServerProcess(process, port, dataDir, stdout, stderr);
            try {
                server.awaitReady(timeout);
                return server;
            } catch (IllegalStateException e) {
                server.close();
                last = e;
                String output = server.stdout() + server.stderr();
                if (!output.contains("already in use") && !output.contains("is in use")) {
                    throw e;
                }
            }
        }
        throw last;
    }

    /** Runs {@code java -jar target/healthsync.jar <args>} on {@code dataDir} with the same environment rules. */
    public static CliResult cli(Path dataDir, Map<String, String> env, String stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        // One-shot commands: a short-lived JVM starts faster with the C1 compiler only.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(List.of("-jar", launchedJar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile());
        environment(builder, dataDir, env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        // One thread per stream (not the common pool, which has a single thread on two cores): a full stderr pipe
        // must never block the command while stdout is being read.
        java.util.concurrent.Executor threads = task -> {
            Thread thread = new Thread(task, "healthsync-cli-output");
            thread.setDaemon(true);
            thread.start();
        };
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), threads);
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()), threads);
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The command may exit without reading its stdin; its exit code and output tell what happened.
        }
        try {
            if (!process.waitFor(CLI_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                throw new IllegalStateException("healthsync " + String.join(" ", args) + " did not finish within "
                        + CLI_TIMEOUT + "; stderr:\n" + err.getNow(""));
            }
            return new CliResult(process.exitValue(), out.get(30, TimeUnit.SECONDS), err.get(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the output of healthsync " + String.join(" ", args), e);
        }
    }

    /** Deletes a directory tree, e.g. a data directory after a passing test (a failing one's is kept to inspect). */
    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** The packaged jar, {@code target/healthsync.jar} under the project directory. */
    public static Path jar() {
        Path jar = projectDir().resolve("target").resolve("healthsync.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the server first (mvn package -DskipTests, "
                    + "or run the integration tests with mvn verify, which packages it before they run)");
        }
        return jar;
    }

    /**
     * A private copy of {@link #jar()}, taken once per test JVM, which the processes run: a rebuild of
     * {@code target/} while the tests run (another build in the same tree) must not hand a half-written jar to a
     * starting process, nor pull classes from under a running one. A copy that is not a complete zip (taken while
     * the jar was being written) is taken again.
     */
    static synchronized Path launchedJar() {
        if (snapshot != null) {
            return snapshot;
        }
        Path source = jar();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                Path copy = Files.createTempFile("healthsync-it-", ".jar");
                copy.toFile().deleteOnExit();
                Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(copy.toFile())) {
                    if (zip.getEntry("META-INF/MANIFEST.MF") != null) {
                        snapshot = copy;
                        return snapshot;
                    }
                } catch (IOException incomplete) {
                    // Caught mid-write: try again below.
                }
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + source, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(source + " is not a complete jar (is a build still writing it?)");
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The Maven project directory: {@code basedir} when Maven sets it, else the nearest parent with a pom.xml. */
    public static Path projectDir() {
        String basedir = System.getProperty("basedir");
        if (basedir != null && Files.isRegularFile(Path.of(basedir, "pom.xml"))) {
            return Path.of(basedir).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project directory (no pom.xml above "
                + Path.of("").toAbsolutePath() + ")");
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path dataDir() {
        return dataDir;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path stdoutFile() {
        return stdoutFile;
    }

    public Path stderrFile() {
        return stderrFile;
    }

    /** Everything the server has written to stdout so far. */
    public String stdout() {
        return read(stdoutFile);
    }

    /** Everything the server has written to stderr so far. */
    public String stderr() {
        return read(stderrFile);
    }

    /** The credentials a first start printed (email, password, API key), if this start printed them. */
    public Optional<BootstrapCredentials> bootstrapCredentials() {
        Matcher matcher = BOOTSTRAP.matcher(stdout());
        return matcher.find() ? Optional.of(new BootstrapCredentials(matcher.group(1), matcher.group(2),
                matcher.group(3))) : Optional.empty();
    }

    /**
     * Waits for the bootstrap block: the server answers HTTP before its startup runners (which create the first
     * user and print it) have finished.
     */
    public BootstrapCredentials awaitBootstrapCredentials(Duration timeout) {
        return await(this::bootstrapCredentials, timeout, "no bootstrap credentials");
    }

    /** Waits until stdout holds {@code text} (printed after the server answers, e.g. the lines of what next). */
    public String awaitStdout(String text, Duration timeout) {
        return await(() -> Optional.of(stdout()).filter(out -> out.contains(text)), timeout, "no '" + text + "'");
    }

    private <T> T await(java.util.function.Supplier<Optional<T>> printed, Duration timeout, String missing) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> found = printed.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the server printed " + missing + " within " + timeout
                        + (process.isAlive() ? "" : " (it exited)") + "\n" + tails());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s) and waits until the process has gone. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs anyway.
        }
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(uri("/api/v1/users/me")).timeout(Duration.ofSeconds(5)).GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        Integer lastStatus = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with code " + process.exitValue()
                        + " before answering on port " + port + "\n" + tails());
            }
            try {
                lastStatus = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the server did not answer 401 on GET /api/v1/users/me at port " + port
                + " within " + timeout + (lastStatus == null ? "" : " (last status " + lastStatus + ")") + "\n"
                + tails());
    }

    private String tails() {
        return "--- stdout (" + stdoutFile + ") ---\n" + tail(stdout()) + "\n--- stderr (" + stderrFile + ") ---\n"
                + tail(stderr());
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : "…" + text.substring(text.length() - 6000);
    }

    private static void environment(ProcessBuilder builder, Path dataDir, Map<String, String> env) {
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("HEALTHSYNC_") || name.startsWith("SPRING_")
                || name.equals("SERVER_PORT") || name.equals("PORT"));
        environment.put("HEALTHSYNC_DATA_DIR", dataDir.toAbsolutePath().toString());
        environment.putAll(env);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static int nextLogIndex(Path dataDir) {
        int n = 1;
        while (Files.exists(dataDir.resolve("serve-" + n + ".stdout.log"))) {
            n++;
        }
        return n;
    }

    private static String read(Path file) {
        try {
            // Lenient decoding: a running server may be in the middle of writing a multi-byte character.
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a one-shot command did. */
    public record CliResult(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }
    }

    /** The block a first start prints once. */
    public record BootstrapCredentials(String email, String password, String apiKey) {
    }
}
