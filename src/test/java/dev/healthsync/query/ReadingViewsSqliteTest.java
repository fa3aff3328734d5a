package dev.healthsync.query;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class ReadingViewsSqliteTest extends ReadingViewsContract {
}
