package dev.healthsync.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a phase spent its time, from its JFR profile: the samples taken within the phase (Spring's start is left
 * out), thread by thread for the threads that did the work (an import reads on {@code export-reader} and writes on
 * {@code main}), counted by top frame, by the component the top frame belongs to, and by the first HealthSync frame
 * on the stack (the application code responsible). {@code jdk.ExecutionSample} covers Java code;
 * {@code jdk.NativeMethodSample} covers native code, which is where SQLite itself works and where the PostgreSQL
 * driver waits on its socket. {@link BenchRun} sets both to sample every 10 ms, so within a thread the shares are
 * shares of its busy time; a thread waiting on a lock or a queue is not sampled. Across threads, sample counts
 * are not comparable: JFR takes at most one native sample per period in the whole JVM, so when two threads are in
 * native code at once each gets fewer (the phase's CPU-by-thread figures are the ones to compare). This is what
 * {@code jfr print --events jdk.ExecutionSample} aggregated by top frame gives, done here.
 */
final class HotSpots {

    private static final int TOP = 12;
    /** Threads with less than this share of a phase's samples are not listed. */
    private static final double THREAD_SHARE = 0.05;
    private static final List<String[]> COMPONENTS = List.of(
            new String[] {"com.fasterxml.aalto.", "Aalto (XML parsing)"},
            new String[] {"org.codehaus.stax2.", "Aalto (XML parsing)"},
            new String[] {"org.sqlite.", "SQLite (JDBC + native)"},
            new String[] {"org.postgresql.", "PostgreSQL driver"},
            new String[] {"sun.nio.ch.", "socket I/O (database round trips)"},
            new String[] {"com.zaxxer.hikari.", "Hikari"},
            new String[] {"tools.jackson.", "Jackson"},
            new String[] {"com.fasterxml.jackson.", "Jackson"},
            new String[] {"org.springframework.", "Spring (JDBC, tx)"},
            new String[] {"java.util.zip.", "zip inflate/deflate"},
            new String[] {"java.util.concurrent.", "JDK concurrency (hand-over)"},
            new String[] {"java.util.regex.", "JDK regex"},
            new String[] {"java.time.", "JDK java.time"},
            new String[] {"java.lang.invoke.", "JDK string concat/lambdas"},
            new String[] {"jdk.internal.math.", "JDK number parse/format"},
            new String[] {"java.lang.FloatingDecimal", "JDK number parse/format"},
            new String[] {"java.util.", "JDK collections"},
            new String[] {"java.lang.", "JDK lang (strings, …)"},
            new String[] {"java.io.", "JDK I/O"},
            new String[] {"java.nio.", "JDK I/O"});

    private HotSpots() {
    }

    static void print(PrintStream out, Path jfr, PhaseResult phase) throws IOException {
        if (!Files.exists(jfr)) {
            out.printf("%nprofile of %s: no recording at %s%n", phase.phase(), jfr);
            return;
        }
        Instant from = Instant.ofEpochMilli(phase.startMillis());
        Instant to = Instant.ofEpochMilli(phase.endMillis());
        Map<String, Samples> threads = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            String type = event.getEventType().getName();
            boolean execution = type.equals("jdk.ExecutionSample");
            if (!execution && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            RecordedThread thread = event.getThread("sampledThread");
            RecordedStackTrace stack = event.getStackTrace();
            if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to) || thread == null
                    || stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            String name = thread.getJavaName() == null ? "(unnamed)" : thread.getJavaName();
            threads.computeIfAbsent(name, Samples::new).add(stack, execution);
            total++;
        }
        out.printf(Locale.ROOT, "%nprofile of %s (%s), %.2f s:%n", phase.phase(), jfr, phase.seconds());
        int all = total;
        List<Samples> busy = threads.values().stream().filter(t -> t.count >= THREAD_SHARE * all)
                .sorted(Comparator.comparingInt((Samples t) -> t.count).reversed()).toList();
        for (Samples thread : busy) {
            out.printf(Locale.ROOT, "  thread %s: %,d samples, %,d in Java, %,d in native code%n", thread.name,
                    thread.count, thread.java, thread.count - thread.java);
            list(out, "top frames", thread.frames, thread.count);
            list(out, "by component of the top frame", thread.components, thread.count);
            list(out, "by first HealthSync frame on the stack", thread.callers, thread.count);
        }
        if (busy.isEmpty()) {
            out.println("  no samples");
        }
    }

    private static void list(PrintStream out, String title, Map<String, Integer> counts, int total) {
        out.println("    " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP).forEach(e -> out.printf(Locale.ROOT, "      %5.1f%%  %s%n", 100.0 * e.getValue() / total,
                        e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String component(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        if (type.startsWith("dev.healthsync.")) {
            String rest = type.substring("dev.healthsync.".length());
            int dot = rest.lastIndexOf('.');
            return "HealthSync " + (dot < 0 ? rest : rest.substring(0, dot));
        }
        for (String[] component : COMPONENTS) {
            if (type.startsWith(component[0])) {
                return component[1];
            }
        }
        return "other (" + type + ")";
    }

    private static String firstHealthSyncFrame(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("dev.healthsync.") && !type.startsWith("dev.healthsync.cli.bench.")) {
                return name(frame);
            }
        }
        return "(none)";
    }

    /** The samples of one thread. */
    private static final class Samples {
        final String name;
        final Map<String, Integer> frames = new HashMap<>();
        final Map<String, Integer> components = new HashMap<>();
        final Map<String, Integer> callers = new HashMap<>();
        int count;
        int java;

        Samples(String name) {
            this.name = name;
        }

        void add(RecordedStackTrace stack, boolean execution) {
            count++;
            if (execution) {
                java++;
            }
            RecordedFrame top = stack.getFrames().get(0);
            frames.merge(name(top) + (execution ? "" : " [native]"), 1, Integer::sum);
            components.merge(component(top), 1, Integer::sum);
            callers.merge(firstHealthSyncFrame(stack), 1, Integer::sum);
        }
    }
}
