/** The read API for dashboards and agents: types, samples, series, sleep, workouts, documents, exports, days. */
package dev.healthsync.query;
