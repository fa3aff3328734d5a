package dev.healthsync.query;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class ReadApiSqliteTest extends ReadApiContract {
}
