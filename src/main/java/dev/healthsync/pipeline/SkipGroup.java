package dev.healthsync.pipeline;

/**
 * Records or parts of records that were not stored for the same reason, counted: what they were
 * ({@code element}, such as {@code Record}; {@code type}, their HealthKit type when known), what was wrong
 * ({@code reason}, e.g. {@code value missing}), how many, and where the first one was.
 *
 * @param file   the file of the first occurrence inside an export ({@code workout-routes/x.gpx}); null for the
 *               export XML itself, or for a push body
 * @param line   line of the first occurrence in that file, 0 when unknown (push bodies are named by JSON path)
 * @param column its column, 0 when unknown
 */
public record SkipGroup(String element, String type, String reason, long count, String file, int line, int column) {

    /** The same group with more occurrences; the first stays the first. */
    public SkipGroup plus(long more) {
        return new SkipGroup(element, type, reason, count + more, file, line, column);
    }
}
