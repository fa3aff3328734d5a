package dev.healthsync.ingest;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class ExportProPushPostgresTest extends ExportProPushContract {
}
