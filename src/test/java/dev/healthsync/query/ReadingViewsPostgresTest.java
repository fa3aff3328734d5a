package dev.healthsync.query;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class ReadingViewsPostgresTest extends ReadingViewsContract {
}
