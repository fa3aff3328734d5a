/**
 * Series over time: the Health app's merge of overlapping sources, the days as the person lived them, the rollups
 * that keep a decade of data answering in milliseconds, and the source priority that ranks the merge.
 */
package dev.healthsync.query.series;
