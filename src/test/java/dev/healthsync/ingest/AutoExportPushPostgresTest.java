package dev.healthsync.ingest;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class AutoExportPushPostgresTest extends AutoExportPushContract {
}
