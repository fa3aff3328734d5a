package dev.healthsync.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.healthsync.system.HealthSyncProperties;
import dev.healthsync.testing.PostgresRequired;
import dev.healthsync.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database as the command-line tools open it, without Spring: a fresh one is migrated to {@link
 * Migrations#LATEST}, a migrated one is recognized as such (and Flyway is not started), and the stores work.
 */
class DirectStorageTest {

    private final Path dataDir = TestDatabases.tempDataDir();

    @Test
    void sqlite() {
        opensMigratesAndReopens(new StorageProperties("", null, null, null));
    }

    @Test
    @ExtendWith(PostgresRequired.class)
    void postgresql() {
        opensMigratesAndReopens(new StorageProperties(TestDatabases.freshPostgres(), null, null, null));
    }

    @Test
    void anUnreachableDatabaseIsOneSentenceWithoutTheQueryString() {
        StorageProperties nowhere = new StorageProperties(
                "jdbc:postgresql://127.0.0.1:1/none?user=postgres&password=secret&connectTimeout=2", null, null, null);

        assertThatThrownBy(() -> DirectStorage.open(nowhere, new HealthSyncProperties(dataDir, null, null)))
                .isInstanceOf(StorageException.class)
                .hasMessage("cannot open the database jdbc:postgresql://127.0.0.1:1/none")
                .hasMessageNotContaining("secret");
    }

    private void opensMigratesAndReopens(StorageProperties storage) {
        HealthSyncProperties system = new HealthSyncProperties(dataDir, null, null);
        try (DirectStorage fresh = DirectStorage.open(storage, system)) {
            assertThat(fresh.users().create("ana@example.test", "hash", false, 1L)).isPresent();
        }
        try (DirectStorage again = DirectStorage.open(storage, system)) {
            UserRecord ana = again.users().findByEmail("ana@example.test").orElseThrow();
            again.apiKeys().create(ana.id(), "phone", "hs_1234567", "digest", 2L);
            assertThat(again.apiKeys().listForUser(ana.id())).singleElement()
                    .satisfies(key -> assertThat(key.name()).isEqualTo("phone"));
        }
    }
}
