package dev.healthsync.imports.reader;

import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link ExportReader} read from one export. Maps are ordered by key and unmodifiable.
 *
 * @param read       elements and files read, by kind: element names ({@code Record}, {@code Workout},
 *                   {@code MetadataEntry}, {@code Location}, …), {@code trkpt} for GPX route points, and the files
 *                   {@code GpxFile}, {@code FhirResource}, {@code EcgCsv}
 * @param skipped    elements and files passed over on purpose, by reason (a {@code Record} inside a
 *                   {@code Correlation}, {@code export_cda.xml}, an unparsable date, a missing route file, …)
 * @param unknown    elements ({@code Name}) and attributes ({@code Element@name}) this reader does not know,
 *                   counted and skipped
 * @param bytesTotal size of what progress was measured on (see {@link ReadListener#progress})
 */
public record ReadSummary(Map<String, Long> read, Map<String, Long> skipped, Map<String, Long> unknown,
                          long bytesTotal) {

    public ReadSummary {
        read = java.util.Collections.unmodifiableMap(new TreeMap<>(read));
        skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
        unknown = java.util.Collections.unmodifiableMap(new TreeMap<>(unknown));
    }

    /** How many of a kind were read; 0 when none. */
    public long read(String kind) {
        return read.getOrDefault(kind, 0L);
    }

    /** How many were skipped for a reason; 0 when none. */
    public long skipped(String reason) {
        return skipped.getOrDefault(reason, 0L);
    }
}
