package dev.healthsync.query.sources;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class SourcesSqliteTest extends SourcesContract {
}
