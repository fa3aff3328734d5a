/**
 * Full-history imports of Apple Health exports: durable jobs that workers claim, read on a thread of their own and
 * write in checkpointed chunks, so that an import killed at any point resumes to exactly a clean run's result, and
 * a report of what was stored, skipped and assumed, by element, type, reason and line.
 */
package dev.healthsync.imports;
