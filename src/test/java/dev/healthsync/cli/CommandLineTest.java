package dev.healthsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.healthsync.storage.StorageException;
import dev.healthsync.system.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets first, in this JVM: {@code help} as a command, failures as one sentence, the argument
 * checks that answer before anything starts. The packaged jar is tried the same way by {@code CommandLineIT}.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void helpIsACommandAndNamesEveryOther() {
        Run run = run("help");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Usage: healthsync", "serve", "user", "key", "import", "push", "reprocess",
                "bench", "help");
    }

    @Test
    void helpOfACommandShowsItsSubcommands() {
        Run run = run("help", "user");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("Usage: healthsync user", "add", "list", "passwd");
    }

    @Test
    void importOfAMissingFileAnswersWithOneSentenceBeforeAnythingStarts() {
        Run run = run("import", dir.resolve("nosuch.zip").toString(), "--user", "x@example.test");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err.strip()).isEqualTo("healthsync import: no such file: " + dir.resolve("nosuch.zip"));
    }

    @Test
    void importOfADirectorySaysWhatToGiveInstead() {
        Run run = run("import", dir.toString(), "--user", "x@example.test");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("is a directory; give the export.zip or export.xml in it");
    }

    @Test
    void serveOnATakenPortSaysSoAndHowToChooseAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            Run run = run("serve", "--port", Integer.toString(port));

            assertThat(run.exit).isEqualTo(1);
            assertThat(run.err.strip()).isEqualTo("healthsync serve: port " + port
                    + " is in use; use --port N or PORT=N");
        }
    }

    @Test
    void thePortComesFromTheOptionThenTheServerPortSettingThenTheDefault() {
        assertThat(ServePort.resolve(9001, List.of("--server.port=9002"))).isEqualTo(9001);
        assertThat(ServePort.resolve(null, List.of("--server.port=9002"))).isEqualTo(9002);
        if (System.getenv("PORT") == null && System.getenv("SERVER_PORT") == null
                && System.getProperty("server.port") == null) {
            assertThat(ServePort.resolve(null, List.of())).isEqualTo(8080);
        }
        assertThatThrownBy(() -> ServePort.resolve(null, List.of("--server.port=http")))
                .hasMessage("port must be a number, not 'http'");
    }

    @Test
    void failuresReadAsSentencesWithoutExceptionNames() {
        assertThat(ErrorReporter.sentence(new UncheckedIOException(new NoSuchFileException("export.zip"))))
                .isEqualTo("no such file: export.zip");
        assertThat(ErrorReporter.sentence(new IllegalStateException("wrapped", new NotFoundException("no user a@b"))))
                .isEqualTo("no user a@b");
        assertThat(ErrorReporter.sentence(new StorageException("cannot open the database jdbc:postgresql://h/db",
                new RuntimeException("pool failed", new java.net.ConnectException("Connection refused")))))
                .isEqualTo("cannot open the database jdbc:postgresql://h/db: Connection refused");
        assertThat(ErrorReporter.sentence(new NullPointerException()))
                .startsWith("the command stopped on an internal error (NullPointerException at ")
                .endsWith("please report it");
    }

    /** Runs the command line in this JVM with stdout and stderr captured. */
    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream capturedOut = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            exit = HealthSyncCli.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
