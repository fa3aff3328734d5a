package dev.healthsync.auth;

import dev.healthsync.testing.SqliteServer;

@SqliteServer
class AuthSqliteTest extends AuthContract {
}
