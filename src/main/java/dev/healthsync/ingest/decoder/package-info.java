/**
 * What every app's decoder is built from: the {@link dev.healthsync.ingest.decoder.PushDecoder} shape, the JSON
 * frame, typed reads that name problems by JSON path, and ISO dates; pure, it knows no app, no Spring, no database
 * and no clock.
 */
package dev.healthsync.ingest.decoder;
