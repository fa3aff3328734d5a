package dev.healthsync.query.workouts;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class WorkoutsSqliteTest extends WorkoutsContract {
}
