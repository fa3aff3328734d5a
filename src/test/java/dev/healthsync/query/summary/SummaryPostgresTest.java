package dev.healthsync.query.summary;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class SummaryPostgresTest extends SummaryContract {
}
