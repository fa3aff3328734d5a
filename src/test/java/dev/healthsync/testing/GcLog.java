package dev.healthsync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures of a server started with {@code -Xlog:gc:file=…}: the largest occupancy before a collection (the
 * peak) and the largest live set after one.
 */
public final class GcLog {

    private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {
    }

    public static Figures read(Path gcLog) {
        String log;
        try {
            log = Files.readString(gcLog);
        } catch (IOException e) {
            throw new UncheckedIOException("no GC log at " + gcLog, e);
        }
        long peak = 0;
        long after = 0;
        int collections = 0;
        Matcher matcher = HEAP.matcher(log);
        while (matcher.find()) {
            collections++;
            peak = Math.max(peak, megabytes(matcher.group(1), matcher.group(2)));
            after = Math.max(after, megabytes(matcher.group(3), matcher.group(4)));
        }
        return new Figures(peak, after, collections);
    }

    private static long megabytes(String number, String unit) {
        long value = Long.parseLong(number);
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }

    /** Megabytes; {@code collections} is how many GC lines were read. */
    public record Figures(long peakMb, long maxAfterMb, int collections) {
    }
}
