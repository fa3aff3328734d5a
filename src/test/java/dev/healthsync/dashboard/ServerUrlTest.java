package dev.healthsync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.healthsync.system.HealthSyncProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ServerUrlTest {

    @Test
    void theConfiguredPublicUrlWinsOverTheRequestWithoutItsTrailingSlash() {
        MockHttpServletRequest request = request("http", "10.0.0.5", 8080);
        assertThat(ServerUrl.of(properties("https://health.example.com/"), request))
                .isEqualTo("https://health.example.com");
        assertThat(ServerUrl.of(properties(" https://example.com/healthsync "), request))
                .isEqualTo("https://example.com/healthsync");
    }

    @Test
    void withoutItTheRequestsSchemeHostAndPortAreUsedAndADefaultPortIsLeftOut() {
        assertThat(ServerUrl.of(properties(""), request("http", "192.168.1.20", 8080)))
                .isEqualTo("http://192.168.1.20:8080");
        MockHttpServletRequest proxied = request("https", "health.example.com", 443);
        proxied.addHeader("X-Forwarded-Host", "evil.example");
        assertThat(ServerUrl.of(properties(null), proxied)).isEqualTo("https://health.example.com");
    }

    @Test
    void aPublicUrlThatIsNotHttpIsRefusedAtStart() {
        assertThatThrownBy(() -> properties("health.example.com")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HEALTHSYNC_PUBLIC_URL");
        assertThatThrownBy(() -> properties("https://health.example.com/?a=b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static HealthSyncProperties properties(String publicUrl) {
        return new HealthSyncProperties(null, null, publicUrl);
    }

    private static MockHttpServletRequest request(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/connect");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        return request;
    }
}
