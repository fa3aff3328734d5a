package dev.healthsync.cli.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams a realistic Apple Health {@code export.zip} of any size to disk, never holding more than one element:
 * {@code apple_health_export/export.xml} (the DTD, {@code ExportDate}, {@code Me}, the records grouped by type as
 * Apple writes them, blood-pressure {@code Correlation}s whose records are also at the top level, workouts, one
 * {@code ActivitySummary} a day, whose rings add up that day's watch records), the workouts' GPX files under
 * {@code workout-routes/} and a stub {@code export_cda.xml}. Deterministic: the same record count and seed give the
 * same bytes.
 * <p>
 * The records span {@code records / 2,500} days (at least 14, at most ten years) ending 2025-01-31, about what an
 * Apple Watch wearer gathers; their mix is {@link RecordMix}.
 */
public final class ExportGenerator {

    static final String FOLDER = "apple_health_export/";
    private static final long LAST_DAY = LocalDate.of(2025, 1, 31).toEpochDay();
    private static final long RECORDS_PER_DAY = 2_500;
    /** When the export was made: the morning after its last day, epoch seconds. */
    private static final long EXPORTED = ExportDates.instant(LAST_DAY + 1, 8 * 3600 + 10 * 60 + 5);

    private final long records;
    private final long seed;

    public ExportGenerator(long records, long seed) {
        if (records < RecordMix.SERIES.size()) {
            throw new IllegalArgumentException("at least " + RecordMix.SERIES.size() + " records");
        }
        this.records = records;
        this.seed = seed;
    }

    /** Days the records span. */
    public long days() {
        return Math.max(14, Math.min(3_650, records / RECORDS_PER_DAY));
    }

    /** The last day the records cover, in the export's offset. */
    public static LocalDate lastDay() {
        return LocalDate.ofEpochDay(LAST_DAY);
    }

    /** Writes the export to {@code zip} and returns what it holds. */
    public GeneratedExport write(Path zip) throws IOException {
        long days = days();
        long firstDay = LAST_DAY - days + 1;
        long[] counts = RecordMix.counts(records);
        Map<String, Long> read = new LinkedHashMap<>();
        long xmlBytes;
        long routePoints = 0;
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
            out.setLevel(Deflater.BEST_SPEED);
            out.putNextEntry(entry("export.xml"));
            TextOut xml = new TextOut(out);
            header(xml);
            ActivityRings rings = new ActivityRings(days);
            RecordLines lines = new RecordLines(xml, seed, firstDay, days, counts, rings);
            for (int series = 0; series < counts.length; series++) {
                for (long j = 0; j < counts[series]; j++) {
                    lines.write(series, j, " ");
                }
            }
            long pairs = correlations(xml, lines, counts);
            long recordEntries = lines.metadataEntries();
            WorkoutLines workouts = new WorkoutLines(xml, seed, firstDay, days);
            workouts.writeAll();
            rings.write(xml, firstDay);
            xml.text("</HealthData>\n");
            xml.flush();
            xmlBytes = xml.written();
            out.closeEntry();
            for (WorkoutLines.Route route : workouts.routes()) {
                out.putNextEntry(entry(route.path()));
                TextOut gpx = new TextOut(out);
                routePoints += workouts.gpx(gpx, route);
                gpx.flush();
                out.closeEntry();
            }
            out.putNextEntry(entry("export_cda.xml"));
            TextOut cda = new TextOut(out);
            cda.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n"
                    + " <title>Health Data</title>\n</ClinicalDocument>\n");
            cda.flush();
            out.closeEntry();

            read.put("ExportDate", 1L);
            read.put("Me", 1L);
            read.put("Record", records + 2 * pairs);
            read.put("MetadataEntry", recordEntries + workouts.metadataEntries());
            read.put("HeartRateVariabilityMetadataList", lines.heartbeatLists());
            read.put("InstantaneousBeatsPerMinute", lines.beats());
            read.put("Correlation", pairs);
            read.put("Workout", workouts.workouts());
            read.put("WorkoutStatistics", workouts.statistics());
            read.put("WorkoutEvent", workouts.events());
            read.put("WorkoutRoute", (long) workouts.routes().size());
            read.put("FileReference", (long) workouts.routes().size());
            read.put("GpxFile", (long) workouts.routes().size());
            read.put("trkpt", routePoints);
            read.put("ActivitySummary", days);
        }
        Map<String, Long> skipped = Map.of("export_cda.xml (a CDA copy of export.xml)", 1L);
        return new GeneratedExport(zip, records, days, xmlBytes, Files.size(zip), read, skipped);
    }

    /** An entry of the export folder, dated at the export's time so that the zip's bytes depend on the seed alone. */
    private static ZipEntry entry(String path) {
        ZipEntry entry = new ZipEntry(FOLDER + path);
        entry.setTime(EXPORTED * 1000);
        return entry;
    }

    private static void header(TextOut xml) {
        xml.text(ExportHeader.DTD).text("<HealthData locale=\"en_NL\">\n <ExportDate value=\"");
        ExportDates.export(xml, EXPORTED);
        xml.text("\"/>\n").text(ExportHeader.ME);
    }

    /** One blood-pressure correlation per reading, holding copies of its two top-level records. */
    private static long correlations(TextOut xml, RecordLines lines, long[] counts) {
        int systolic = RecordMix.index(RecordMix.BP_SYSTOLIC);
        int diastolic = RecordMix.index(RecordMix.BP_DIASTOLIC);
        for (long j = 0; j < counts[systolic]; j++) {
            lines.place(systolic, j);
            xml.text(" <Correlation type=\"HKCorrelationTypeIdentifierBloodPressure\" sourceName=\"")
                    .text(RecordMix.SCALE.name()).text("\" sourceVersion=\"").text(RecordMix.SCALE.version())
                    .text("\" creationDate=\"");
            ExportDates.export(xml, lines.end() + 40);
            xml.text("\" startDate=\"");
            ExportDates.export(xml, lines.start());
            xml.text("\" endDate=\"");
            ExportDates.export(xml, lines.end());
            xml.text("\">\n  <MetadataEntry key=\"HKWasUserEntered\" value=\"0\"/>\n");
            lines.write(diastolic, j, "  ");
            lines.write(systolic, j, "  ");
            xml.text(" </Correlation>\n");
        }
        // the reader reads a correlation's records too (identity keys make them duplicates) and its metadata entry
        lines.countMetadataEntries(counts[systolic]);
        return counts[systolic];
    }

    /**
     * What a generated export holds.
     *
     * @param read    elements and files by the kind names of {@code ReadSummary.read}: what a reader must read
     * @param skipped what a reader must skip, by {@code ReadSummary.skipped} reason
     */
    public record GeneratedExport(Path file, long records, long days, long xmlBytes, long zipBytes,
                                  Map<String, Long> read, Map<String, Long> skipped) {

        /** Records a reader hands on: records (a correlation's too), correlations, workouts, activity summaries, {@code Me}. */
        public long items() {
            return read.get("Record") + read.get("Correlation") + read.get("Workout") + read.get("ActivitySummary")
                    + read.get("Me");
        }
    }
}
