package dev.healthsync.query.series;

/** How a bucket's samples combine into its value. */
enum Aggregate {
    SUM, AVG, MIN, MAX, COUNT
}
