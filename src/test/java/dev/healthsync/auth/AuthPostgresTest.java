package dev.healthsync.auth;

import dev.healthsync.testing.PostgresServer;

@PostgresServer
class AuthPostgresTest extends AuthContract {
}
