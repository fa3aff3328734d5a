package dev.healthsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ServerProcess;
import dev.healthsync.testing.ServerProcess.CliResult;
import dev.healthsync.testing.TestDatabases;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a new user first tries it: {@code help}, a mistyped file, a port already taken, the first
 * user on an empty data directory. Each answer is a sentence on stderr or a clean result on stdout, at once.
 */
class CommandLineIT {

    private final Path dataDir = TestDatabases.tempDataDir();

    @AfterEach
    void removeDataDir() {
        ServerProcess.deleteRecursively(dataDir);
    }

    @Test
    void helpIsACommand() {
        CliResult help = cli("help", "user");

        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.stdout()).contains("Usage: healthsync user", "add", "list", "passwd");
    }

    @Test
    void importOfAMissingFileIsOneSentence() {
        CliResult failed = cli("import", "nosuch.zip", "--user", "x@example.test");

        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.stdout()).isEmpty();
        assertThat(failed.stderr().strip()).isEqualTo("healthsync import: no such file: nosuch.zip");
    }

    @Test
    void serveOnATakenPortExitsWithASentenceInsteadOfStarting() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            CliResult refused = cli("serve", "--port", Integer.toString(port));

            assertThat(refused.exitCode()).as(refused.toString()).isNotZero();
            assertThat(refused.stdout()).as(refused.toString()).isEmpty();
            assertThat(refused.stderr().strip()).isEqualTo("healthsync serve: port " + port
                    + " is in use; use --port N or PORT=N");
        }
    }

    @Test
    void theFirstUserOnAnEmptyDataDirectoryPrintsOnlyTheResult() {
        CliResult added = ServerProcess.cli(dataDir, Map.of(), "a-long-password\n", "user", "add", "ana@example.test",
                "--password-stdin", "--admin");
        CliResult listed = cli("user", "list");

        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.stdout()).startsWith("created user ana@example.test (id 1)");
        assertThat(added.stderr()).as(added.toString()).isEmpty();
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.stdout().lines()).as(listed.toString()).hasSize(2)
                .last().satisfies(line -> assertThat(line).contains("ana@example.test").endsWith("yes"));
        assertThat(listed.stderr()).as(listed.toString()).isEmpty();
    }

    private CliResult cli(String... args) {
        return ServerProcess.cli(dataDir, Map.of(), null, args);
    }
}
