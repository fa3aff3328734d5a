/**
 * Health Auto Export's push contract ({@code /api/health-auto-export}): its endpoint, its channel, and its pure
 * decoders of the JSON and CSV forms, with the tables mapping the app's metric, workout and category names to
 * HealthKit.
 */
package dev.healthsync.ingest.autoexport;
