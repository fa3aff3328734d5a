package dev.healthsync.cli;

import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The few lines {@code serve} prints once it answers: where the server is, its dashboard, where its API is
 * described, and how to point the iPhone app at it. What a new user needs next, instead of the framework's startup log.
 */
final class NextSteps {

    private NextSteps() {
    }

    static void print(PrintStream out, Environment environment, double seconds) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String local = "http://localhost:" + port;
        String phone = "http://" + lanAddress().orElse("<this machine's address>") + ":" + port;
        Path dataDir = Path.of(environment.getProperty("healthsync.data-dir", "data")).toAbsolutePath().normalize();
        String database = environment.getProperty("healthsync.db.url", "").isBlank() ? "SQLite in " + dataDir
                : "PostgreSQL, files in " + dataDir;
        out.printf(Locale.ROOT, "HealthSync %s is running at %s (started in %.1f s; data: %s)%n",
                new Version().getVersion()[0].replace("healthsync ", ""), local, seconds, database);
        out.println("  Dashboard:  " + local + "/ (sign in with your email and password; its Connect page shows");
        out.println("              what to type into each iPhone app, with a QR code)");
        out.println("  API:        " + local + "/api-docs to browse and try it, the OpenAPI document at " + local
                + "/openapi.yaml;");
        out.println("              every request with an API key as Bearer token");
        out.println("  iPhone app: in the HealthSync bridge, set the server to " + phone
                + "/api/apple-health/sync");
        out.println("              and paste an API key: java -jar healthsync.jar key create --user EMAIL --name iPhone");
        out.println("  Stop with Ctrl+C; java -jar healthsync.jar help lists every command.");
        out.println();
        out.flush();
    }

    /** This machine's first private IPv4 address, which a phone on the same network can reach. */
    private static Optional<String> lanAddress() {
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback() || network.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        return Optional.of(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException unknown) {
            // fall back to the placeholder
        }
        return Optional.empty();
    }
}
