package dev.healthsync.dashboard;

import dev.healthsync.system.HealthSyncProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address the apps are told to push to. The configured public URL wins: behind a proxy the request's own
 * address may be one no phone can reach. Without it, the scheme, host and port the request was sent to, as the
 * servlet container reports them; those follow {@code X-Forwarded-*} only when
 * {@code server.forward-headers-strategy} says the proxy in front is trusted, so a client cannot choose the URLs.
 */
final class ServerUrl {

    private ServerUrl() {
    }

    static String of(HealthSyncProperties properties, HttpServletRequest request) {
        if (properties.publicUrl() != null) {
            return properties.publicUrl();
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
