package dev.healthsync.query.series;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class RollupsSqliteTest extends RollupsContract {
}
