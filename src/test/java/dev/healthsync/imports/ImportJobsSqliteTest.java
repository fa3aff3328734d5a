package dev.healthsync.imports;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class ImportJobsSqliteTest extends ImportJobsContract {
}
