package dev.healthsync.cli.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What one phase measured, as a child JVM hands it to the parent (a properties file in the work directory).
 *
 * @param records    records the phase handled (a floor: those the generator wrote into the bytes it parses)
 * @param bytes      bytes the phase read or wrote
 * @param peakHeap   see {@link ResourceProbe#peakHeap()}; {@code liveHeap} see {@link ResourceProbe#liveHeap()}
 * @param peakRss    {@code VmHWM} of the JVM that ran the phase, for its whole life
 * @param cpuSeconds CPU time of that JVM during the phase, all threads
 * @param otherCpuSeconds CPU time every other process on the machine used during the phase (PostgreSQL's server
 *                   included); -1 when unknown
 * @param allocated  bytes the phase's JVM allocated during the phase, all threads; -1 when unknown
 * @param gcSeconds  time the collectors report for the phase; {@code gcCount} their collections
 * @param startMillis wall-clock start and end ({@code endMillis}) of the measured part, epoch milliseconds, to cut
 *                   a profile to the phase
 * @param threadCpu  CPU time by Java thread during the phase, as {@link ThreadCpu#describe} words it
 * @param note       a short remark for the report (inserted and duplicate counts, sizes)
 */
record PhaseResult(String phase, long records, double seconds, long bytes, long peakHeap, long liveHeap,
                   long peakRss, double cpuSeconds, double otherCpuSeconds, long allocated, double gcSeconds,
                   long gcCount, long startMillis, long endMillis, String threadCpu, String note) {

    static Path file(Path work, String phase) {
        return work.resolve("phase-" + phase + ".properties");
    }

    void save(Path work) {
        Properties p = new Properties();
        p.setProperty("phase", phase);
        p.setProperty("records", Long.toString(records));
        p.setProperty("seconds", Double.toString(seconds));
        p.setProperty("bytes", Long.toString(bytes));
        p.setProperty("peakHeap", Long.toString(peakHeap));
        p.setProperty("liveHeap", Long.toString(liveHeap));
        p.setProperty("peakRss", Long.toString(peakRss));
        p.setProperty("cpuSeconds", Double.toString(cpuSeconds));
        p.setProperty("otherCpuSeconds", Double.toString(otherCpuSeconds));
        p.setProperty("allocated", Long.toString(allocated));
        p.setProperty("gcSeconds", Double.toString(gcSeconds));
        p.setProperty("gcCount", Long.toString(gcCount));
        p.setProperty("startMillis", Long.toString(startMillis));
        p.setProperty("endMillis", Long.toString(endMillis));
        p.setProperty("threadCpu", threadCpu == null ? "" : threadCpu);
        p.setProperty("note", note == null ? "" : note);
        try (Writer out = Files.newBufferedWriter(file(work, phase), StandardCharsets.UTF_8)) {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PhaseResult load(Path work, String phase) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file(work, phase), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("phase " + phase + " left no result", e);
        }
        return new PhaseResult(p.getProperty("phase"), Long.parseLong(p.getProperty("records")),
                Double.parseDouble(p.getProperty("seconds")), Long.parseLong(p.getProperty("bytes")),
                Long.parseLong(p.getProperty("peakHeap")), Long.parseLong(p.getProperty("liveHeap")),
                Long.parseLong(p.getProperty("peakRss")), Double.parseDouble(p.getProperty("cpuSeconds")),
                Double.parseDouble(p.getProperty("otherCpuSeconds")), Long.parseLong(p.getProperty("allocated")),
                Double.parseDouble(p.getProperty("gcSeconds")), Long.parseLong(p.getProperty("gcCount")),
                Long.parseLong(p.getProperty("startMillis")), Long.parseLong(p.getProperty("endMillis")),
                p.getProperty("threadCpu"), p.getProperty("note"));
    }

    /** This result with a record count. */
    PhaseResult withRecords(long count) {
        return new PhaseResult(phase, count, seconds, bytes, peakHeap, liveHeap, peakRss, cpuSeconds, otherCpuSeconds,
                allocated, gcSeconds, gcCount, startMillis, endMillis, threadCpu, note);
    }

    /** This result with a note. */
    PhaseResult withNote(String text) {
        return new PhaseResult(phase, records, seconds, bytes, peakHeap, liveHeap, peakRss, cpuSeconds, otherCpuSeconds,
                allocated, gcSeconds, gcCount, startMillis, endMillis, threadCpu, text);
    }

    double recordsPerSecond() {
        return records < 0 ? Double.NaN : records / Math.max(seconds, 1e-9);
    }
}
