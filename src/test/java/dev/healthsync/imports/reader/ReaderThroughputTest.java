package dev.healthsync.imports.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.pipeline.RawAggregate;
import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import dev.healthsync.pipeline.RecordSink;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    @TempDir
    Path dir;

    @Test
    void readsAGeneratedExport() throws Exception {
        Path file = generate(dir.resolve("export.xml"), RECORDS);
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
        assertThat(summary.unknown()).isEmpty();
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

    /** A realistic mix: heart rate with device and motion context, steps, sleep stages, HRV with beats, workouts. */
    static Path generate(Path file, int records) throws IOException {
        Random random = new Random(42);
        String watch = "&lt;&lt;HKDevice: 0x%x&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, "
                + "hardware:Watch6,2, software:10.4&gt;";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n<!ELEMENT HealthData ANY>\n"
                    + "]>\n<HealthData locale=\"en_US\">\n <ExportDate value=\"2024-06-01 08:10:05 +0200\"/>\n");
            long second = Instant.parse("2016-01-01T00:00:00Z").getEpochSecond();
            for (int i = 0; i < records; i++) {
                second += 1 + random.nextInt(120);
                String start = DATE.format(Instant.ofEpochSecond(second).atOffset(ZoneOffset.ofHours(2)));
                String end = DATE.format(Instant.ofEpochSecond(second + 60).atOffset(ZoneOffset.ofHours(2)));
                int kind = random.nextInt(100);
                String device = String.format(watch, 0x300000000L + random.nextInt(1 << 20));
                if (kind < 70) {
                    out.write(" <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Ana’s Apple Watch\""
                            + " sourceVersion=\"10.4\" device=\"" + device + "\" unit=\"count/min\" creationDate=\""
                            + end + "\" startDate=\"" + start + "\" endDate=\"" + start + "\" value=\""
                            + (50 + random.nextInt(100)) + "\">\n"
                            + "  <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" value=\""
                            + random.nextInt(3) + "\"/>\n </Record>\n");
                } else if (kind < 85) {
                    out.write(" <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Ana’s iPhone\""
                            + " sourceVersion=\"17.4.1\" unit=\"count\" creationDate=\"" + end + "\" startDate=\""
                            + start + "\" endDate=\"" + end + "\" value=\"" + random.nextInt(300) + "\"/>\n");
                } else if (kind < 95) {
                    out.write(" <Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"Ana’s Apple Watch\""
                            + " sourceVersion=\"10.4\" creationDate=\"" + end + "\" startDate=\"" + start
                            + "\" endDate=\"" + end + "\" value=\"HKCategoryValueSleepAnalysisAsleepCore\">\n"
                            + "  <MetadataEntry key=\"HKTimeZone\" value=\"Europe/Berlin\"/>\n </Record>\n");
                } else {
                    out.write(" <Record type=\"HKQuantityTypeIdentifierHeartRateVariabilitySDNN\" sourceName=\"Ana’s"
                            + " Apple Watch\" sourceVersion=\"10.4\" device=\"" + device + "\" unit=\"ms\""
                            + " creationDate=\"" + end + "\" startDate=\"" + start + "\" endDate=\"" + end
                            + "\" value=\"" + (20 + random.nextInt(60)) + "." + random.nextInt(1000) + "\">\n"
                            + "  <HeartRateVariabilityMetadataList>\n");
                    for (int beat = 0; beat < 8; beat++) {
                        out.write("   <InstantaneousBeatsPerMinute bpm=\"" + (55 + random.nextInt(20))
                                + "\" time=\"7:38:5" + beat + ".12 AM\"/>\n");
                    }
                    out.write("  </HeartRateVariabilityMetadataList>\n </Record>\n");
                }
                if (i % 2000 == 1999) {
                    out.write(" <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"30\""
                            + " durationUnit=\"min\" sourceName=\"Ana’s Apple Watch\" sourceVersion=\"10.4\""
                            + " creationDate=\"" + end + "\" startDate=\"" + start + "\" endDate=\"" + end + "\">\n"
                            + "  <MetadataEntry key=\"HKIndoorWorkout\" value=\"0\"/>\n"
                            + "  <WorkoutStatistics type=\"HKQuantityTypeIdentifierDistanceWalkingRunning\""
                            + " startDate=\"" + start + "\" endDate=\"" + end + "\" sum=\"5.1\" unit=\"km\"/>\n"
                            + "  <WorkoutStatistics type=\"HKQuantityTypeIdentifierHeartRate\" startDate=\"" + start
                            + "\" endDate=\"" + end + "\" average=\"140\" minimum=\"98\" maximum=\"171\""
                            + " unit=\"count/min\"/>\n </Workout>\n");
                }
            }
            out.write("</HealthData>\n");
        }
        return file;
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
