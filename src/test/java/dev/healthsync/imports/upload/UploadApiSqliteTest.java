package dev.healthsync.imports.upload;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class UploadApiSqliteTest extends UploadApiContract {
}
