/** The read API for dashboards and agents: types, samples and, later, series, daily totals, workouts and exports. */
package dev.healthsync.query;
