/**
 * Push endpoints of the iPhone apps, one subpackage per app contract; what they share lives here: each body is
 * archived raw, then streamed through the app's decoder into the pipeline in one transaction.
 */
package dev.healthsync.ingest;
