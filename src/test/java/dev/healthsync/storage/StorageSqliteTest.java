package dev.healthsync.storage;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class StorageSqliteTest extends StorageContract {
}
