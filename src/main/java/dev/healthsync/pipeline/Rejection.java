package dev.healthsync.pipeline;

/** A record that was not stored: where it was in the request and why, never its values. */
public record Rejection(String path, String reason) {
}
