package dev.healthsync.imports.reader;

import dev.healthsync.health.Moment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Fixture files of this package's tests, and archives built from them at test time (no binary zips committed). */
final class ExportFixtures {

    /** The project's own export folder, laid out like the Health app's {@code apple_health_export/}. */
    static final String EXPORT_FOLDER = "fixtures/export/apple_health_export";

    /** An AppleDouble header as macOS writes into {@code __MACOSX/._*} twins. */
    static final byte[] APPLE_DOUBLE = {0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, 'M', 'a', 'c', ' ', 'O', 'S',
            ' ', 'X'};
    /** The start of a {@code .DS_Store} file. */
    static final byte[] DS_STORE = {0x00, 0x00, 0x00, 0x01, 'B', 'u', 'd', '1', 0x00, 0x00, 0x10, 0x00};

    private ExportFixtures() {
    }

    static Path resource(String name) {
        URL url = ExportFixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Moment at(String isoOffsetDateTime) {
        return Moment.of(OffsetDateTime.parse(isoOffsetDateTime));
    }

    /**
     * The project's export folder zipped the way a Mac re-zips it: the XML under a localized name, its AppleDouble
     * twin under {@code __MACOSX/}, a {@code .DS_Store}, and an {@code export_cda.xml}.
     */
    static Path macZip(Path dir, String xmlName) throws IOException {
        Path folder = resource(EXPORT_FOLDER);
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files =
                Files.walk(folder)) {
            entry(out, "apple_health_export/.DS_Store", DS_STORE);
            entry(out, "__MACOSX/apple_health_export/._.DS_Store", APPLE_DOUBLE);
            entry(out, "apple_health_export/export_cda.xml",
                    "<?xml version=\"1.0\"?><ClinicalDocument xmlns=\"urn:hl7-org:v3\"/>".getBytes());
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                String name = relative.equals("export.xml") ? xmlName : relative;
                entry(out, "apple_health_export/" + name, Files.readAllBytes(file));
            }
            entry(out, "__MACOSX/apple_health_export/._" + xmlName, APPLE_DOUBLE);
        }
        return zip;
    }

    /** A zip of the given entries, in order. */
    static Path zip(Path target, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                entry(out, entry.getKey(), entry.getValue());
            }
        }
        return target;
    }

    /** The file gzipped, under a name that does not end in {@code .gz}: the reader must go by content. */
    static Path gzip(Path source, Path target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(source, out);
        }
        return target;
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** Keeps what the reader reports. */
    static final class RecordingListener implements ReadListener {
        final List<String> warnings = new ArrayList<>();
        final List<long[]> progress = new ArrayList<>();

        @Override
        public void progress(long bytesRead, long bytesTotal) {
            progress.add(new long[] {bytesRead, bytesTotal});
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
