package dev.healthsync.query.sleep;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class SleepSqliteTest extends SleepContract {
}
