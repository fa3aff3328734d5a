package dev.healthsync.imports;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class ImportFidelitySqliteTest extends ImportFidelityContract {
}
