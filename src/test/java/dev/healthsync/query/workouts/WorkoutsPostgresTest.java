package dev.healthsync.query.workouts;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class WorkoutsPostgresTest extends WorkoutsContract {
}
