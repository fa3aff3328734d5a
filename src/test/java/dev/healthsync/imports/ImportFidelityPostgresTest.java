package dev.healthsync.imports;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class ImportFidelityPostgresTest extends ImportFidelityContract {
}
