package dev.healthsync.system;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class OperationsPostgresTest extends OperationsContract {
}
