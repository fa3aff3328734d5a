package dev.healthsync.ingest;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class AutoExportPushSqliteTest extends AutoExportPushContract {
}
