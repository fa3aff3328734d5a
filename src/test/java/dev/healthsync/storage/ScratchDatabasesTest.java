package dev.healthsync.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.healthsync.testing.PostgresRequired;
import dev.healthsync.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** bench creates a PostgreSQL database it is told of that does not exist, and refuses one that holds tables. */
@ExtendWith(PostgresRequired.class)
class ScratchDatabasesTest {

    @Test
    void createsAMissingDatabaseUsesAnEmptyOneAndRefusesOneWithTables() {
        String existing = TestDatabases.freshPostgres();
        String missing = existing.replaceFirst("/(healthsync_test_[a-z0-9]+)", "/$1_bench");

        assertThat(ScratchDatabases.prepare(missing)).isTrue();
        try {
            assertThat(ScratchDatabases.prepare(missing)).isFalse();
            JdbcClient.create(new DriverManagerDataSource(missing)).sql("CREATE TABLE t (x int)").update();
            assertThatThrownBy(() -> ScratchDatabases.prepare(missing)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not empty");
        } finally {
            ScratchDatabases.drop(missing);
        }
        assertThat(ScratchDatabases.prepare(existing)).isFalse();
        assertThat(ScratchDatabases.printable("jdbc:postgresql://h/db?user=u&password=secret"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***");
    }
}
