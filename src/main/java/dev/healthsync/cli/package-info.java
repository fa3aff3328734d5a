/** The command line of the jar: serve, user and key management against the same data directory as a running server. */
package dev.healthsync.cli;
