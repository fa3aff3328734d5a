package dev.healthsync.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.cli.HealthSyncCli;
import dev.healthsync.testing.PostgresRequired;
import dev.healthsync.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} end to end with tiny numbers, its phases in child JVMs as in a real run: every phase prints a row,
 * the import stores every record, the re-import finds every one a duplicate and every read has its latencies.
 */
class BenchCommandTest {

    private static final int RECORDS = 2_000;

    @TempDir
    Path dir;

    @Test
    void runsEveryPhaseOnSqlite() throws Exception {
        Path work = dir.resolve("work");
        String report = bench("--records", Integer.toString(RECORDS), "--push-mb", "0.3", "--work", work.toString(),
                "--profile", dir.resolve("profiles").toString(), "--read-requests", "20");

        ExportGenerator.GeneratedExport expected = new ExportGenerator(RECORDS, 1).write(dir.resolve("same.zip"));
        assertThat(report).contains("machine:", "database:  SQLite");
        for (String phase : BenchPhases.ALL) {
            assertThat(row(report, phase)).as(phase).isNotNull();
        }
        assertThat(row(report, "import").group(2)).isEqualTo(String.format("%,d", expected.items()));
        assertThat(row(report, "reimport").group(2)).isEqualTo(String.format("%,d", expected.items()));
        assertThat(row(report, "floor").group(2)).isEqualTo(String.format("%,d", expected.items()));
        assertReadTable(report, 20);
        assertThat(report).as("every generated day's rings, read through /summary/daily, are Apple's")
                .contains("ActivitySummary agreement: 14 of 14 days within 1 % (100.0 %)");
        // 2,002 duplicates on the second pass: the 2,000 records, and the correlation's two read again inside it
        assertThat(report).containsPattern("import: +SQLite [0-9.]+; inserted \\{records=2000, ")
                .containsPattern("reimport: +SQLite [0-9.]+; inserted \\{\\}; duplicates \\{records=2002, ")
                .contains("rejected 0");
        assertThat(report).contains("import at ≥ 1/3 of the floor's rate", "import above 250,000 records/s",
                "import peak RSS under 400 MB");
        assertThat(report).contains("profile of import", "profile of reimport", "profile of push", "top frames",
                "thread main");
        // Which threads pass the display's rounding in so small a run depends on the machine's speed that moment.
        assertThat(report).containsPattern("CPU by thread: [^\\n]*(main|export-reader) [0-9.]+ s")
                .containsPattern("CPU by thread: [^\\n]*rest of the JVM \\(GC, JIT\\) [0-9.]+ s");
        // the export is the same bytes for the same seed
        assertThat(Files.mismatch(work.resolve("export.zip"), expected.file())).isEqualTo(-1L);
        assertThat(work.resolve("data").resolve("healthsync.db")).exists();
    }

    @Test
    @ExtendWith(PostgresRequired.class)
    void runsOnAnEmptyPostgresDatabase() throws Exception {
        String url = TestDatabases.freshPostgres();

        String report = bench("--records", Integer.toString(RECORDS), "--push-mb", "0.2", "--db", url);

        assertThat(report).contains("database:  PostgreSQL");
        assertReadTable(report, 50);
        assertThat(report).containsPattern("import: +PostgreSQL [0-9.]+[^;]*; inserted \\{records=2000, ")
                .containsPattern("reimport: +PostgreSQL [0-9.]+[^;]*; inserted \\{\\}; duplicates \\{records=2002, ");
        for (String phase : BenchPhases.ALL) {
            assertThat(row(report, phase)).as(phase).isNotNull();
        }
    }

    /** A row per read: measured {@code n} times with a positive p50 and a p99 no lower, or not available. */
    private static void assertReadTable(String report, int n) {
        assertThat(report).containsPattern("(?m)^read +p50 ms +p99 ms +n +GET$");
        for (ReadRequest request : ReadRequest.ALL) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(request.name())
                    + " +(?:([0-9.]+) +([0-9.]+) +" + n + "|not available) +/api/v1/").matcher(report);
            assertThat(m.find()).as("row of %s in%n%s", request.name(), report).isTrue();
            if (m.group(1) != null) {
                double p50 = Double.parseDouble(m.group(1));
                assertThat(p50).as(request.name()).isPositive();
                assertThat(Double.parseDouble(m.group(2))).as(request.name()).isGreaterThanOrEqualTo(p50);
            }
        }
        assertThat(report).containsPattern("(?m)^series day, all +[0-9.]+ +[0-9.]+ +" + n + " ")
                .containsPattern("(?m)^summary daily, 30 d +[0-9.]+ +[0-9.]+ +" + n + " ")
                .containsPattern("(?m)^workout \\+ route +[0-9.]+ +[0-9.]+ +" + n + " ");
    }

    /**
     * Runs {@code healthsync bench …} and returns what it printed on stdout. Its progress lines on stderr are kept
     * out of the test log; a failing assertion shows the whole report.
     */
    private static String bench(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "bench";
        System.arraycopy(args, 0, command, 1, args.length);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
             PrintStream err = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            System.setErr(err);
            exit = HealthSyncCli.run(command);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String report = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as("exit code; stderr:%n%s%nreport:%n%s", progress, report).isZero();
        return report;
    }

    /** The table row of a phase: name, records, seconds, records/s. */
    private static Matcher row(String report, String phase) {
        Matcher m = Pattern.compile("(?m)^(" + Pattern.quote(phase) + ") +([0-9,]+) +([0-9.]+) +([0-9,]+) ")
                .matcher(report);
        return m.find() ? m : null;
    }
}
