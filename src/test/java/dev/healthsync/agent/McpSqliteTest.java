package dev.healthsync.agent;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class McpSqliteTest extends McpContract {
}
