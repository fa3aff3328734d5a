/** The domain kernel: HealthKit's type catalog with canonical units, unit conversion and category values, free of any framework so every other package may use it. */
package dev.healthsync.health;
