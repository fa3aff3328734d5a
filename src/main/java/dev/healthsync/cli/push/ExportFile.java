package dev.healthsync.cli.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The export being pushed, as far as the outbox needs to recognize it again. */
record ExportFile(Path path, long size, long modifiedMillis) {

    static ExportFile of(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new PushFailedException(400, "no export file at " + path);
        }
        try {
            return new ExportFile(path, Files.size(path), Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.getFileName(), e);
        }
    }

    /** The file's SHA-256, from which the HealthSync batch ids are derived: one sequential read, before parsing. */
    String sha256() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.getFileName(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
