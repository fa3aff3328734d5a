package dev.healthsync.ingest.exportpro;

/**
 * The envelope of a Health Export Pro push, as written by the app (not parsed: they describe the export, no record
 * depends on them). Any field is null when the body did not carry it as a string or number.
 *
 * @param exportDate when the app built the export, e.g. {@code 2026-02-26T12:00:00.000Z}
 * @param startDate  start of the exported date range
 * @param endDate    end of the exported date range
 * @param syncSource what triggered the push: usually {@code manual-upload}, {@code background-delivery} or
 *                   {@code widget}
 */
public record ExportProEnvelope(String exportDate, String startDate, String endDate, String syncSource) {
}
