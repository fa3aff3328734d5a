package dev.healthsync.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What one phase costs in memory and CPU, measured in this JVM, and how busy the rest of the machine was meanwhile
 * (other processes compete for the same cores and slow a phase down; with PostgreSQL, the server is one of them).
 * Peak heap is the sum of the heap pools' peaks since {@link #start()} (an upper bound: eden, survivors and old
 * generation need not peak at the same moment); live heap is the most the heap held right after any collection,
 * the part a phase cannot do without. Peak RSS is the kernel's {@code VmHWM} of this process, which no JVM call can
 * reset: a phase run in its own JVM gets its own figure, which is why the benchmark runs each phase in a child
 * process.
 */
final class ResourceProbe {

    /** {@code USER_HZ}, the unit of /proc/stat: 100 on every Linux platform the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.stream().anyMatch(p -> p.getName().equals(e.getKey())))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
            liveAfterGc.accumulateAndGet(used, Math::max);
        }
    };
    private long cpuStart;
    private long machineBusyStart;
    private long allocatedStart;
    private long gcMillisStart;
    private long gcCountStart;

    /** Starts measuring: resets the pools' peaks and the live-heap maximum. */
    void start() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // first start
                }
                emitter.addNotificationListener(listener, null, null);
            }
        }
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        liveAfterGc.set(0);
        cpuStart = cpuNanos();
        machineBusyStart = machineBusyTicks();
        allocatedStart = allocatedBytes();
        gcMillisStart = gcMillis();
        gcCountStart = gcCountTotal();
    }

    /** Bytes all threads of this JVM allocated since {@link #start()}; -1 when unknown. */
    long allocated() {
        long now = allocatedBytes();
        return now < 0 || allocatedStart < 0 ? -1 : now - allocatedStart;
    }

    /** Time the collectors report since {@link #start()}, seconds (pauses, and for G1 its concurrent cycles). */
    double gcSeconds() {
        return (gcMillis() - gcMillisStart) / 1e3;
    }

    /** Collections since {@link #start()}. */
    long gcCount() {
        return gcCountTotal() - gcCountStart;
    }

    /** Sum of the heap pools' peak use since {@link #start()}, bytes. */
    long peakHeap() {
        return heapPools.stream().map(MemoryPoolMXBean::getPeakUsage).mapToLong(MemoryUsage::getUsed).sum();
    }

    /** Largest heap use found right after a collection since {@link #start()}; 0 when none ran. */
    long liveHeap() {
        return liveAfterGc.get();
    }

    /** CPU time of this process since {@link #start()}, all threads (GC and JIT included), seconds. */
    double cpuSeconds() {
        return (cpuNanos() - cpuStart) / 1e9;
    }

    /**
     * CPU time all other processes used since {@link #start()}, seconds: the machine's busy time from
     * {@code /proc/stat} less this process's; -1 where /proc is not there.
     */
    double otherCpuSeconds() {
        long busy = machineBusyTicks();
        if (busy < 0 || machineBusyStart < 0) {
            return -1;
        }
        return Math.max(0, (busy - machineBusyStart) / TICKS_PER_SECOND - cpuSeconds());
    }

    /** Busy clock ticks of all cores since boot: the first line of /proc/stat less idle and iowait. */
    private static long machineBusyTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                total += Long.parseLong(fields[i]);
            }
            return total - Long.parseLong(fields[4]) - Long.parseLong(fields[5]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The process's peak resident set size ({@code VmHWM}), bytes; -1 where /proc is not there. */
    static long peakRss() {
        return statusKilobytes("VmHWM:");
    }

    /** The process's resident set size now ({@code VmRSS}), bytes; -1 where /proc is not there. */
    static long rss() {
        return statusKilobytes("VmRSS:");
    }

    private static long statusKilobytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getTotalThreadAllocatedBytes();
        }
        return -1;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static long gcCountTotal() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionCount())).sum();
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
