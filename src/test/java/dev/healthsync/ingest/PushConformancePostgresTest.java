package dev.healthsync.ingest;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class PushConformancePostgresTest extends PushConformanceContract {
}
