package dev.healthsync.dashboard;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class ConnectSqliteTest extends ConnectContract {
}
