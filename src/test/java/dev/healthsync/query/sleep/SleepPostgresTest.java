package dev.healthsync.query.sleep;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class SleepPostgresTest extends SleepContract {
}
