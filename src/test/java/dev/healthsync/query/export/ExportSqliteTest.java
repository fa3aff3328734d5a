package dev.healthsync.query.export;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class ExportSqliteTest extends ExportContract {
}
