package dev.healthsync.imports.upload;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class UploadApiPostgresTest extends UploadApiContract {
}
