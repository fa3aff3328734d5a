package dev.healthsync.ingest.healthsync;

import dev.healthsync.testing.SqliteServer;
import org.springframework.context.annotation.Import;

@SqliteServer
@Import(FlakyChannel.class)
class ReprocessSqliteTest extends ReprocessContract {
}
