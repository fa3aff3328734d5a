package dev.healthsync.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Both databases go through the same schema versions, so a feature never exists on one of them only. */
class MigrationsMatchTest {

    @Test
    void everyMigrationExistsForBothDatabases() throws IOException {
        List<String> sqlite = migrations("sqlite");
        List<String> postgresql = migrations("postgresql");
        assertThat(sqlite).isNotEmpty();
        assertThat(sqlite).isEqualTo(postgresql);
    }

    /** The command-line tools skip Flyway when a database is at {@code LATEST}: it must be the newest version. */
    @Test
    void latestIsTheNewestVersion() throws IOException {
        int newest = migrations("sqlite").stream().mapToInt(name -> Integer.parseInt(name.substring(1,
                name.indexOf("__")))).max().orElseThrow();
        assertThat(Math.max(newest, 7)).as("V7 is a Java migration").isEqualTo(Migrations.LATEST);
    }

    private static List<String> migrations(String vendor) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/" + vendor + "/V*.sql");
        return Arrays.stream(files).map(Resource::getFilename).sorted().toList();
    }
}
