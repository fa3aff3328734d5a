package dev.healthsync.imports.reader;

import dev.healthsync.pipeline.SkipGroup;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link ExportReader} read from one export. Maps are ordered by key; all parts are unmodifiable.
 *
 * @param read       elements and files read, by kind: element names ({@code Record}, {@code Workout},
 *                   {@code MetadataEntry}, {@code Location}, …), {@code trkpt} for GPX route points, and the files
 *                   {@code GpxFile}, {@code FhirResource}, {@code EcgCsv}
 * @param skipped    elements and files passed over by the reader itself (unknown elements, a metadata entry
 *                   without key, an AppleDouble entry, …), grouped; records it could not read are not among them:
 *                   they go to the sink as rejects
 * @param warnings   what was assumed or kept incomplete (a missing route file, an unknown attribute), grouped
 * @param bytesTotal size of what progress was measured on (see {@link ReadListener#progress})
 */
public record ReadSummary(Map<String, Long> read, List<SkipGroup> skipped, List<SkipGroup> warnings,
                          long bytesTotal) {

    public ReadSummary {
        read = Collections.unmodifiableMap(new TreeMap<>(read));
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** How many of a kind were read; 0 when none. */
    public long read(String kind) {
        return read.getOrDefault(kind, 0L);
    }

    /** How many were skipped for a reason, of any element; 0 when none. */
    public long skipped(String reason) {
        return skipped.stream().filter(g -> g.reason().equals(reason)).mapToLong(SkipGroup::count).sum();
    }

    /** How many warnings of an element there were. */
    public long warnings(String element) {
        return warnings.stream().filter(g -> g.element().equals(element)).mapToLong(SkipGroup::count).sum();
    }
}
