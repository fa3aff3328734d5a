/**
 * The {@code bench} command: generates a realistic export and push body, and measures the import, the re-import and
 * a push against the floor of merely parsing the same bytes, each phase in a JVM of its own (docs/contracts.md#bench).
 */
package dev.healthsync.cli.bench;
