package dev.healthsync.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * Runs a benchmark: each phase in a child JVM of its own, one after the other, then the report. A child per phase
 * because a process's peak RSS ({@code VmHWM}) cannot be reset from Java (Linux's {@code clear_refs} can, but a
 * later phase would still carry the heap earlier ones grew, as the JVM seldom gives memory back): this way each
 * phase's RSS is what a process doing only that work needs, e.g. what {@code import} needs. Children get this
 * JVM's options ({@code -Xmx…}), any extra ones and {@code -XX:+ExitOnOutOfMemoryError}; with a profile
 * directory, the import, re-import and push children record a JFR profile there. Writes the report to
 * {@code out}; progress and the children's logs go to stderr, anything a child prints on stdout to
 * {@code phase-<name>.log} in the work directory.
 */
public final class BenchRun {

    private static final String MAIN_CLASS = "dev.healthsync.HealthSyncApplication";
    private static final Set<String> PROFILED = Set.of("import", "reimport", "push");
    /** How HotSpot exits on {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final BenchSettings settings;
    private final List<String> jvmOptions;
    private final Path profiles;
    private final PrintStream out;

    /**
     * @param extraJvmOptions options for every child JVM beyond those of this one
     * @param profiles        where to write {@code <phase>.jfr} profiles; null for none
     */
    public BenchRun(BenchSettings settings, List<String> extraJvmOptions, Path profiles, PrintStream out) {
        this.settings = settings;
        List<String> options = new ArrayList<>(inheritedOptions());
        options.addAll(extraJvmOptions);
        this.jvmOptions = List.copyOf(options);
        this.profiles = profiles;
        this.out = out;
    }

    /**
     * Runs the phases in order and prints the report; a phase that fails ends the run, and the report then shows
     * the phases before it and the failure. Returns the exit code: 0 when every phase ran.
     */
    public int run() throws IOException, InterruptedException {
        BenchReport report = new BenchReport(out);
        report.header(settings, jvmOptions);
        if (profiles != null) {
            Files.createDirectories(profiles);
        }
        Map<String, PhaseResult> results = new LinkedHashMap<>();
        String failure = null;
        for (String phase : BenchPhases.ALL) {
            System.err.printf("bench: %s …%n", phase);
            int exit = runChild(phase);
            if (exit != 0) {
                printTail(phase);
                failure = String.format("%s failed: its JVM exited with %d%s; its error is %s", phase, exit,
                        exit == OUT_OF_MEMORY_EXIT ? " (OutOfMemoryError)" : "",
                        System.console() != null ? "on stderr" : "in " + errorLog(phase));
                break;
            }
            results.put(phase, PhaseResult.load(settings.work(), phase));
        }
        report.table(results, failure);
        if (results.containsKey("read")) {
            report.reads(ReadResults.load(settings.work()));
        }
        if (profiles != null) {
            for (String phase : BenchPhases.ALL) {
                if (PROFILED.contains(phase) && results.containsKey(phase)) {
                    HotSpots.print(out, profiles.resolve(phase + ".jfr"), results.get(phase));
                }
            }
        }
        return failure == null ? 0 : 1;
    }

    private int runChild(String phase) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // a phase that runs out of heap fails at once rather than thrashing in GC for minutes
        command.add("-XX:+ExitOnOutOfMemoryError");
        if (profiles != null && PROFILED.contains(phase)) {
            // both samplers every 10 ms (the profile settings sample native code half as often), so that sample
            // counts are shares of time
            command.add("-XX:StartFlightRecording=filename=" + profiles.resolve(phase + ".jfr").toAbsolutePath()
                    + ",settings=profile,dumponexit=true,jdk.ExecutionSample#period=10ms,"
                    + "jdk.NativeMethodSample#period=10ms");
        }
        command.addAll(launcher());
        command.addAll(List.of("bench", "--phase", phase, "--work", settings.work().toAbsolutePath().toString(),
                "--records", Long.toString(settings.records()), "--seed", Long.toString(settings.seed()),
                "--push-mb", Double.toString(settings.pushBytes() / 1e6),
                "--read-requests", Integer.toString(settings.readRequests())));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(settings.work().resolve("phase-" + phase + ".log").toFile())
                // progress bars for a person at a terminal; in a log (CI, a test run) only a failure's output counts
                .redirectError(System.console() != null ? ProcessBuilder.Redirect.INHERIT
                        : ProcessBuilder.Redirect.to(errorLog(phase).toFile()));
        // the URL travels in the environment, not on a command line others can read
        builder.environment().remove("HEALTHSYNC_DB_URL");
        if (settings.postgres()) {
            builder.environment().put("HEALTHSYNC_DB_URL", settings.dbUrl());
        }
        return builder.start().waitFor();
    }

    /** A failed phase's stderr, when it went to a file: the end of it, where the error is. */
    private void printTail(String phase) throws IOException {
        Path log = errorLog(phase);
        if (System.console() == null && Files.exists(log)) {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
        }
    }

    private Path errorLog(String phase) {
        return settings.work().resolve("phase-" + phase + ".err.log");
    }

    /**
     * How to start this application again: {@code -jar} for the Spring Boot jar, otherwise the class path and the
     * main class (an IDE, a test run).
     */
    private static List<String> launcher() throws IOException {
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            try (JarFile jar = new JarFile(classPath)) {
                java.util.jar.Manifest manifest = jar.getManifest();
                if (manifest != null && manifest.getMainAttributes().getValue("Start-Class") != null) {
                    return List.of("-jar", classPath);
                }
            }
        }
        return List.of("-cp", classPath, MAIN_CLASS);
    }

    /** This JVM's options, less those a child must not repeat (a debugger's port, this JVM's own recording). */
    private static List<String> inheritedOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> !o.startsWith("-XX:StartFlightRecording") && !o.startsWith("-XX:FlightRecorderOptions")
                        && !o.startsWith("-agentlib:jdwp") && !o.startsWith("-Xrunjdwp"))
                .toList();
    }
}
