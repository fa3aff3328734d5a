package dev.healthsync.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The alternative of docs/operations.md: the actuator on a loopback port of its own, under the same rules (open
 * probes, a scrape for admins), and gone from the API's port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "management.server.address=127.0.0.1"})
@ContextConfiguration(initializers = ManagementPortTest.OwnServer.class)
class ManagementPortTest extends ApiTestSupport {

    @LocalManagementPort
    int managementPort;

    @Test
    void theActuatorMovesToItsOwnPortWithItsRules() {
        assertThat(management("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(management("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(send(request("/actuator/health").GET().build()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> management(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).GET().build());
    }

    static final class OwnServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("healthsync.data-dir=" + TestDatabases.tempDataDir(), "healthsync.db.url=")
                    .applyTo(context);
        }
    }
}
