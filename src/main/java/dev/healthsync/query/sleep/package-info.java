/**
 * Sleep read per night: HealthKit's sleep analysis samples of every source merged into sessions, each filed under
 * the day it ends, the longest the night and the others its naps.
 */
package dev.healthsync.query.sleep;
