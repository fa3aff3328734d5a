package dev.healthsync.ingest.autoexport;

import dev.healthsync.ingest.decoder.MalformedBodyException;
import dev.healthsync.ingest.decoder.PushDecoder;
import dev.healthsync.pipeline.RecordSink;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Decoder of the Health Auto Export app's CSV mode: a {@code multipart/form-data} request with one CSV file per
 * data type, decoded here one file at a time. A file whose header has a {@code Workout Type} column is a workouts
 * file ({@link HaeCsvWorkouts}); any other is a metrics file whose first column is the date ({@link HaeCsvMetrics}).
 * <p>
 * CSV times carry no offset ({@code 2025-08-12 00:00:00}, {@code 2025-08-12}): they are the phone's local times
 * and are read in {@link HaeOptions#zone()}. Metric columns are matched to HealthKit types through the same names
 * table as the JSON form ({@code Active Energy} is {@code active_energy}). Records are delivered as read, one row
 * at a time (rows whose bucket kind is still undecided excepted, see {@link HaeBuckets}); paths name the file and
 * the data row ({@code HealthAutoExport.csv[3]["Step Count (count)"]}, rows counted from 0 after the header). A
 * broken cell is rejected by path, an unknown column reported as ignored once. One decoder per part (it holds the
 * part's file name and the options); pure and immutable; does not close the stream. Thread-safe.
 */
public final class HealthAutoExportCsvDecoder implements PushDecoder<RecordSink> {

    private final String file;
    private final HaeOptions options;

    /**
     * A decoder of one CSV part.
     *
     * @param fileName the part's file name, used in paths (a default name when null)
     */
    public HealthAutoExportCsvDecoder(String fileName, HaeOptions options) {
        this.file = fileName == null || fileName.isBlank() ? "csv" : fileName;
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Decodes one CSV file.
     *
     * @throws MalformedBodyException when a record exceeds {@link HaeCsvReader#MAX_RECORD_CHARS}
     * @throws UncheckedIOException   when reading the stream fails
     */
    @Override
    public void decode(InputStream csv, RecordSink sink) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(sink, "sink");
        HaeCsvReader rows = new HaeCsvReader(
                new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8)), file);
        List<String> header = rows.next();
        if (header == null) {
            return;
        }
        if (HaeCsvWorkouts.isWorkouts(header)) {
            new HaeCsvWorkouts(file, options, sink).read(header, rows);
        } else {
            new HaeCsvMetrics(file, options, sink).read(header, rows);
        }
    }
}
