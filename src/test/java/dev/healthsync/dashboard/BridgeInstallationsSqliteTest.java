package dev.healthsync.dashboard;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class BridgeInstallationsSqliteTest extends BridgeInstallationsContract {
}
