/**
 * Health Export Pro's push contract ({@code /api/health-data}): its endpoint, its channel, and its lenient pure
 * decoder, one class per section of the body, with the app's workout type names.
 */
package dev.healthsync.ingest.exportpro;
