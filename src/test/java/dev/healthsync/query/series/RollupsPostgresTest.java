package dev.healthsync.query.series;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class RollupsPostgresTest extends RollupsContract {
}
