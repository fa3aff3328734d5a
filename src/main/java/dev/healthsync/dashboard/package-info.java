/**
 * What the web dashboard at {@code /} needs beyond the read API: how to connect each iPhone app, and which bridge
 * installations have pushed. Reads only; it uses storage, query and auth, and nothing uses it.
 */
package dev.healthsync.dashboard;
