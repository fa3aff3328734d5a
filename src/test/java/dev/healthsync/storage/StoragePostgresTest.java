package dev.healthsync.storage;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class StoragePostgresTest extends StorageContract {
}
