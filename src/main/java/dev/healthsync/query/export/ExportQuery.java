package dev.healthsync.query.export;

import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters of {@code GET /api/v1/export}, as sent; {@link ExportRequest} checks them. */
public record ExportQuery(
        @Parameter(description = "csv (default): a header row and one row per sample, RFC 4180 quoting; ndjson: "
                + "one sample per line, the object GET /api/v1/samples returns.")
        String format,
        @Parameter(description = "Only this HealthKit type identifier, e.g. HKQuantityTypeIdentifierStepCount. "
                + "Without it, every type, grouped by type.")
        String type,
        @Parameter(description = "Start, inclusive: an ISO 8601 date (2024-03-01, midnight UTC) or a date-time "
                + "with offset (2024-03-01T08:00:00+01:00). Default: the first sample.")
        String from,
        @Parameter(description = "End, exclusive, in the same formats as `from`. Default: the last sample.")
        String to,
        @Parameter(description = "Only samples of this source name (as in GET /api/v1/sources).")
        String source,
        @Parameter(description = "Only samples recorded by this device name (as in GET /api/v1/sources).")
        String device) {
}
