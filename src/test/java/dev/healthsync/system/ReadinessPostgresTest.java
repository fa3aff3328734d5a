package dev.healthsync.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.PostgresRequired;
import dev.healthsync.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Readiness goes DOWN, with a 503, when the database stops taking connections: a server of its own whose
 * PostgreSQL database is closed to new connections and whose open ones are ended, as in an outage. Liveness
 * stays UP: restarting the server would not bring the database back.
 */
@ExtendWith(PostgresRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ReadinessPostgresTest.OwnDatabase.class)
@DirtiesContext
class ReadinessPostgresTest extends ApiTestSupport {

    private static String database;

    @Autowired
    private DataSource dataSource;

    @Test
    void readinessIsDownWhenTheDatabaseIsUnreachable() throws SQLException {
        assertThat(send(request("/actuator/health/readiness").GET().build()).statusCode()).isEqualTo(200);
        // the pool would wait its 30 s for a connection before the check gives up; the test need not
        dataSource.unwrap(HikariDataSource.class).setConnectionTimeout(1_000);
        TestDatabases.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        TestDatabases.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database + "'");

        HttpResponse<String> readiness = send(request("/actuator/health/readiness").GET().build());
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
        HttpResponse<String> liveness = send(request("/actuator/health/liveness").GET().build());
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    @AfterEach
    void reopen() {
        TestDatabases.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
    }

    static final class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = TestDatabases.freshPostgres();
            database = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
            TestPropertyValues.of("healthsync.data-dir=" + TestDatabases.tempDataDir(), "healthsync.db.url=" + url)
                    .applyTo(context);
        }
    }
}
