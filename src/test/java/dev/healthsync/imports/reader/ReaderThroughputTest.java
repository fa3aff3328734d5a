package dev.healthsync.imports.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RecordSink;
import dev.healthsync.testing.ExportXmlGenerator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import org.codehaus.stax2.XMLStreamReader2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures records per second and allocation per record on a generated export, next to the floor of a bare StAX
 * pass over the same file. Prints the figures; asserts only that everything was read (timings vary by machine).
 */
class ReaderThroughputTest {

    private static final int RECORDS = 250_000;
    private static final int PASSES = 5;

    @TempDir
    Path dir;

    @Test
    void readsAGeneratedExport() throws Exception {
        Path file = ExportXmlGenerator.generate(dir.resolve("export.xml"), RECORDS);
        long bytes = Files.size(file);

        // The JIT needs a few passes to settle; each pass is timed and the best one reported.
        double best = Double.MAX_VALUE;
        long allocated = 0;
        ReadSummary summary = null;
        Counting sink = null;
        for (int pass = 0; pass < PASSES; pass++) {
            sink = new Counting();
            long allocatedBefore = allocatedBytes();
            long start = System.nanoTime();
            summary = new ExportReader().read(file, sink, ReadListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            allocated = allocatedBytes() - allocatedBefore;
            best = Math.min(best, seconds);
        }
        double floor = Double.MAX_VALUE;
        for (int pass = 0; pass < PASSES; pass++) {
            floor = Math.min(floor, staxFloor(file));
        }

        long elements = summary.read("Record") + summary.read("Workout");
        System.out.printf("ExportReader: %,d records + %,d workouts, %.1f MB: best of %d passes %.2f s ="
                        + " %,.0f records/s (%.0f MB/s), %,d bytes allocated per record; bare Aalto pass over the same"
                        + " file: %.2f s = %,.0f records/s (%.0f MB/s)%n",
                summary.read("Record"), summary.read("Workout"), bytes / 1e6, PASSES, best, elements / best,
                bytes / 1e6 / best, allocated / Math.max(1, elements), floor, elements / floor, bytes / 1e6 / floor);

        assertThat(sink.samples).isEqualTo(RECORDS);
        assertThat(summary.read("Record")).isEqualTo(RECORDS);
        assertThat(sink.workouts).isEqualTo(RECORDS / 2000);
        assertThat(summary.warnings()).isEmpty();
        assertThat(summary.skipped()).isEmpty();
    }

    /** Seconds of a pass that only parses and reads every attribute value, the floor for any StAX reader. */
    private static double staxFloor(Path file) throws Exception {
        long start = System.nanoTime();
        long values = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader2 reader = Xml.exportReader(new DtdStripper(new ControlCharFilter(in)));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        values += reader.getAttributeValue(i).length();
                    }
                }
            }
        }
        assertThat(values).isPositive();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long allocatedBytes() {
        var threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean sun) {
            return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    /** Counts what arrives without keeping it, so that only the reader is measured. */
    private static final class Counting implements RecordSink {
        long samples;
        long workouts;
        double checksum;

        @Override
        public void sample(RawSample sample) {
            samples++;
            checksum += sample.start().epochMillis() % 7;
        }

        @Override
        public void workout(RawWorkout workout) {
            workouts++;
        }

        @Override
        public void route(String path, String workoutUuid, List<RawRoutePoint> points) {
        }

        @Override
        public void aggregate(RawAggregate aggregate) {
        }

        @Override
        public void document(RawDocument document) {
        }

        @Override
        public void reject(String path, String reason) {
            throw new AssertionError("rejected " + path + ": " + reason);
        }

        @Override
        public void ignored(String path) {
            throw new AssertionError("ignored " + path);
        }
    }
}
