package dev.healthsync.dashboard;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class BridgeInstallationsPostgresTest extends BridgeInstallationsContract {
}
