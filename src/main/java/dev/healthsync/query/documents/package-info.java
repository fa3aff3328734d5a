/**
 * Everything stored beside samples (medications, ECGs, clinical records, state of mind, …) read back as lists in
 * start order, one generic implementation driven by the table in {@link dev.healthsync.query.documents.DocumentList}.
 */
package dev.healthsync.query.documents;
