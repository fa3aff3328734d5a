/** One pure decoder per app contract: bytes in, typed records out through a sink, no Spring, no database, no clock. */
package dev.healthsync.ingest.decoder;
