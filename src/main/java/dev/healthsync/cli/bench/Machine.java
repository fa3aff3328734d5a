package dev.healthsync.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, in one line: cores, architecture, CPU model, memory, OS and Java. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        long memory = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() : -1;
        return String.format(Locale.ROOT, "%d cores, %s, %s, %s RAM, %s %s, Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), cpuModel(),
                Sizes.bytes(memory), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    /** The first {@code model name} of /proc/cpuinfo; "unknown CPU" elsewhere. */
    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
        return "unknown CPU";
    }
}
