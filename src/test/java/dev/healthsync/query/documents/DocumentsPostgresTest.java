package dev.healthsync.query.documents;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class DocumentsPostgresTest extends DocumentsContract {
}
