package dev.healthsync.query.summary;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class SummarySqliteTest extends SummaryContract {
}
