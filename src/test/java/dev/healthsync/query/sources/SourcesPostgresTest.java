package dev.healthsync.query.sources;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class SourcesPostgresTest extends SourcesContract {
}
