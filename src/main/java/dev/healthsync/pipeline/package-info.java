/** Normalize, validate, assign identity and write: the steps every record takes on its way to storage, shared by push ingest and export imports. */
package dev.healthsync.pipeline;
