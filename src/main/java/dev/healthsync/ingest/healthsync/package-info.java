/**
 * The HealthSync bridge's push contract ({@code /api/apple-health/sync}): its endpoints, its channel with replay
 * receipts, deletions and anchors, and its pure decoder of the batch JSON.
 */
package dev.healthsync.ingest.healthsync;
