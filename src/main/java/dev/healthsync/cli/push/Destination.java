package dev.healthsync.cli.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where an outbox's batches go, as written into its manifest: the endpoint and a fingerprint of the API key, so that
 * another server or another user's key starts the outbox over. The fingerprint is a truncated SHA-256 of a 256-bit
 * random key: it tells keys apart and reveals nothing of them.
 */
final class Destination {

    private Destination() {
    }

    static String of(URI endpoint, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("healthsync-push|" + key).getBytes(StandardCharsets.UTF_8));
            return endpoint + " key:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
