package dev.healthsync.query.export;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class ExportPostgresTest extends ExportContract {
}
