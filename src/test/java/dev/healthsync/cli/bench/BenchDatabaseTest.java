package dev.healthsync.cli.bench;

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
class BenchDatabaseTest {

    @Test
    void createsAMissingDatabaseUsesAnEmptyOneAndRefusesOneWithTables() {
        String existing = TestDatabases.freshPostgres();
        String missing = existing.replaceFirst("/(healthsync_test_[a-z0-9]+)", "/$1_bench");

        assertThat(BenchDatabase.prepare(missing)).isTrue();
        try {
            assertThat(BenchDatabase.prepare(missing)).isFalse();
            JdbcClient.create(new DriverManagerDataSource(missing)).sql("CREATE TABLE t (x int)").update();
            assertThatThrownBy(() -> BenchDatabase.prepare(missing)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not empty");
        } finally {
            BenchDatabase.drop(missing);
        }
        assertThat(BenchDatabase.prepare(existing)).isFalse();
        assertThat(BenchDatabase.printable("jdbc:postgresql://h/db?user=u&password=secret"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***");
    }
}
