package dev.healthsync.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * The port {@code serve} will listen on, found the way Spring Boot finds {@code server.port} (the command line,
 * then system properties, then {@code SERVER_PORT}, then {@code PORT}, else 8080), and checked before the server
 * starts: a taken port is one sentence at once, not a stack trace after a full start.
 */
final class ServePort {

    static final int DEFAULT = 8080;

    private ServePort() {
    }

    static int resolve(Integer option, List<String> properties) {
        if (option != null) {
            return option;
        }
        String value = null;
        for (String property : properties) {
            if (property.startsWith("--server.port=")) {
                value = property.substring("--server.port=".length());
            }
        }
        for (String fallback : new String[] {System.getProperty("server.port"), System.getenv("SERVER_PORT"),
            System.getenv("PORT")}) {
            value = value == null || value.isBlank() ? fallback : value;
        }
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, not '" + value + "'");
        }
    }

    /** Fails with the sentence a user needs when another process listens on {@code port} (0: any port, free). */
    static void requireFree(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            // as Tomcat binds: on every interface, taking over a port whose last connections are closing
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException inUse) {
            throw new IllegalArgumentException("port " + port + " is in use; use --port N or PORT=N");
        }
    }
}
