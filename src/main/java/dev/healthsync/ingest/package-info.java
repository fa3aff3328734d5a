/** Push endpoints of the iPhone apps; each contract archives its raw body, then streams it through its decoder into the pipeline in one transaction. */
package dev.healthsync.ingest;
