package dev.healthsync.query.series;

/**
 * A sample reduced to what a series needs: its span (epoch ms), its value in the type's canonical unit (for a
 * category type, the minutes it lasts), its source with the rank it merges at, and the offset it was lived at.
 */
record Piece(long startMs, long endMs, double value, String source, int rank, int offsetSeconds) {
}
