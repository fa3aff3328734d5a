package dev.healthsync.ingest.healthsync;

import dev.healthsync.testing.PostgresServer;
import org.springframework.context.annotation.Import;

@PostgresServer
@Import(FlakyChannel.class)
class ReprocessPostgresTest extends ReprocessContract {
}
