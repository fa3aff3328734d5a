package dev.healthsync.agent;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class McpPostgresTest extends McpContract {
}
