/**
 * Which apps and devices the data came from, and how much each recorded: the names the source and device filters
 * of the other read endpoints take.
 */
package dev.healthsync.query.sources;
