package dev.healthsync.ingest;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class HealthSyncPushSqliteTest extends HealthSyncPushContract {
}
