package dev.healthsync.storage;

/**
 * Which samples to read: one user's, optionally one type, a start-time range [from, to) in epoch milliseconds,
 * one source name, one device name, and after a cursor position (the identity key of the last sample read).
 */
public record SampleFilter(long userId, String type, Long fromMs, Long toMs, String source, String device,
                           byte[] afterKey) {
}
