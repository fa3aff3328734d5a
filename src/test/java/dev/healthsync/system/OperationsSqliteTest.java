package dev.healthsync.system;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class OperationsSqliteTest extends OperationsContract {
}
