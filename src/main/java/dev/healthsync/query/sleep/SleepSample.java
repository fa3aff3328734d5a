package dev.healthsync.query.sleep;

/**
 * One sleep analysis sample: its span (epoch ms), stage, source, the rank its source merges at (lower wins) and
 * the offset it was lived at.
 */
record SleepSample(long startMs, long endMs, SleepStage stage, String source, int rank, int offsetSeconds) {
}
