/**
 * Workouts read back: lists with totals, one workout whole (statistics, events, activities, heart rate during it,
 * route summary), and its route as GeoJSON or GPX 1.1, split where the workout was paused.
 */
package dev.healthsync.query.workouts;
