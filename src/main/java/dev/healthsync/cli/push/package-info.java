/**
 * The {@code push} command's client: replays an Apple Health export through one of the server's push contracts
 * exactly as the matching iPhone app would, through a crash-safe local outbox.
 */
package dev.healthsync.cli.push;
