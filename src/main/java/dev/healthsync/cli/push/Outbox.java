package dev.healthsync.cli.push;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The folder between reading an export and sending it: one gzip file per batch ({@code batch-000001.json.gz}) and
 * {@code manifest.json}. Every file appears whole or not at all (written under a temporary name, forced to disk,
 * then renamed), so a process killed at any moment leaves either a complete batch or none; a batch is deleted
 * only after the server accepted it. Only this command's own file names are ever deleted, whatever else the folder
 * holds. A lock file keeps a second {@code push} from using the same outbox at once.
 */
final class Outbox implements AutoCloseable {

    private static final Pattern BATCH = Pattern.compile("batch-(\\d+)\\.json\\.gz");
    private static final String MANIFEST = "manifest.json";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Writes one batch body into the stream it is given; the stream is closed by the outbox. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream body) throws IOException;
    }

    private final Path dir;
    private final FileChannel lockFile;
    private final FileLock lock;

    private Outbox(Path dir, FileChannel lockFile, FileLock lock) {
        this.dir = dir;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    static Outbox open(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new PushFailedException(409, "another push is using the outbox " + dir);
            }
            return new Outbox(dir, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the outbox " + dir, e);
        }
    }

    Path dir() {
        return dir;
    }

    Optional<Manifest> manifest() {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
        } catch (RuntimeException unreadable) {
            // written atomically, so only a manifest of another version gets here: generate again
            return Optional.empty();
        }
    }

    void writeManifest(Manifest manifest) {
        atomically(dir.resolve(MANIFEST), out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, manifest));
    }

    /** Removes the manifest, every batch and any temporary file left by a killed run. */
    void clear() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String base = name.endsWith(TEMP_SUFFIX) ? name.substring(0, name.length() - TEMP_SUFFIX.length())
                        : name;
                if (base.equals(MANIFEST) || BATCH.matcher(base).matches()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the outbox " + dir, e);
        }
    }

    /** Writes batch {@code number}, gzip-compressed, whole or not at all. */
    Path writeBatch(int number, BodyWriter body) {
        Path file = dir.resolve(String.format("batch-%06d.json.gz", number));
        atomically(file, out -> {
            // the fastest level: batches are written once and sent once, and JSON shrinks well even so
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            body.write(new NonClosing(gzip));
            gzip.finish();
        });
        return file;
    }

    /** Batches not yet accepted by the server, in batch order. */
    List<Path> pending() {
        List<Path> batches = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (BATCH.matcher(file.getFileName().toString()).matches()) {
                    batches.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the outbox " + dir, e);
        }
        batches.sort(Comparator.comparingInt(Outbox::number));
        return batches;
    }

    static int number(Path batch) {
        Matcher matcher = BATCH.matcher(batch.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a batch file: " + batch.getFileName());
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** The server accepted the batch. */
    void remove(Path batch) {
        try {
            Files.deleteIfExists(batch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + batch.getFileName(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    /** Temporary name, force to disk, rename, force the folder: a crash leaves the old file or the new one. */
    private void atomically(Path target, BodyWriter body) {
        Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            body.write(new NonClosing(out));
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp.getFileName(), e);
        }
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + temp.getFileName(), e);
        }
        forceDirectory();
    }

    /** Makes the rename itself durable; not every platform can open a folder for this, and then it is skipped. */
    private void forceDirectory() {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; its renames are durable enough for an outbox
        }
    }

    /** Lets writers close their streams (Jackson does) without closing the file before it is forced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
