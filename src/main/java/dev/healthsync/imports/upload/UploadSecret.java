package dev.healthsync.imports.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs upload policies, generated once into {@code <data-dir>/secrets/upload-secret} (owner-only)
 * like the login-token secret, and never logged. Kept apart from that secret so neither can forge the other's
 * signatures. Nodes sharing a data directory share it; without a shared data directory, configure S3 instead.
 */
final class UploadSecret {

    private static final String NAME = "upload-secret";

    private UploadSecret() {
    }

    static byte[] load(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("secrets").resolve(NAME);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] generated = new byte[48];
                new SecureRandom().nextBytes(generated);
                Path partial = file.resolveSibling(NAME + "." + ProcessHandle.current().pid() + ".partial");
                Files.writeString(partial, Base64.getEncoder().encodeToString(generated));
                restrict(partial);
                try {
                    Files.move(partial, file);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(partial);
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the upload secret under the data directory", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }
}
