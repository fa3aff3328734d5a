package dev.healthsync.query.documents;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class DocumentsSqliteTest extends DocumentsContract {
}
