package dev.healthsync.ingest;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class PushConformanceSqliteTest extends PushConformanceContract {
}
