/**
 * The whole history, or a slice of it, as one file: CSV or NDJSON streamed from a database cursor, so an export of
 * a decade costs the memory of one row.
 */
package dev.healthsync.query.export;
