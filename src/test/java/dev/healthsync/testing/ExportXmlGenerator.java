package dev.healthsync.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** Writes a deterministic export.xml of any size, record by record, for reader and import tests. */
public final class ExportXmlGenerator {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    private ExportXmlGenerator() {
    }

    /** A realistic mix: heart rate with device and motion context, steps, sleep stages, HRV with beats, workouts. */
    public static Path generate(Path file, int records) throws IOException {
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
}
