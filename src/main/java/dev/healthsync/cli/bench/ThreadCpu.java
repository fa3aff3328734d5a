package dev.healthsync.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time per Java thread during a phase: which thread is the bottleneck (an import reads on
 * {@code export-reader} and writes on {@code main}). The JVM reports a thread's CPU time only while it lives, so a
 * daemon thread samples every live thread's every 100 ms and keeps the last figure; a thread that ends loses at
 * most its last 100 ms. What the process used beyond its Java threads (GC, JIT) is the rest of its CPU time.
 */
final class ThreadCpu {

    private static final long PERIOD_MILLIS = 100;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> atStart = new HashMap<>();
    private final Map<Long, Long> latest = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private volatile boolean running;
    private Thread sampler;

    void start() {
        if (!threads.isThreadCpuTimeSupported()) {
            return;
        }
        threads.setThreadCpuTimeEnabled(true);
        sample(atStart);
        running = true;
        sampler = new Thread(() -> {
            while (running) {
                synchronized (this) {
                    sample(latest);
                }
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling; returns CPU seconds by thread name since {@link #start()}, busiest first. */
    Map<String, Double> stop() {
        if (sampler == null) {
            return Map.of();
        }
        running = false;
        sampler.interrupt();
        Map<String, Double> seconds = new HashMap<>();
        synchronized (this) {
            sample(latest);
            latest.forEach((id, cpu) -> seconds.merge(names.get(id),
                    (cpu - atStart.getOrDefault(id, 0L)) / 1e9, Double::sum));
        }
        seconds.remove("bench-thread-cpu");
        return seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** {@code main 9.1 s, export-reader 4.2 s, rest of the JVM (GC, JIT) 4.9 s}: threads with 0.1 s or more. */
    static String describe(Map<String, Double> byThread, double processSeconds) {
        if (byThread.isEmpty()) {
            return "not measured";
        }
        StringBuilder text = new StringBuilder();
        double javaThreads = 0;
        for (Map.Entry<String, Double> e : byThread.entrySet()) {
            javaThreads += e.getValue();
            if (e.getValue() >= 0.1) {
                text.append(String.format(Locale.ROOT, "%s %.1f s, ", e.getKey(), e.getValue()));
            }
        }
        return text.append(String.format(Locale.ROOT, "rest of the JVM (GC, JIT) %.1f s",
                Math.max(0, processSeconds - javaThreads))).toString();
    }

    private void sample(Map<Long, Long> into) {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                into.put(info.getThreadId(), cpu);
                names.putIfAbsent(info.getThreadId(), info.getThreadName());
            }
        }
    }
}
