package dev.healthsync.cli.push;

import dev.healthsync.imports.reader.ExportReader;
import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.testing.CollectingSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The push client's test export ({@code fixtures/push-client/}) packed the way the Health app packs one:
 * {@code apple_health_export/export.xml} with the GPX route in {@code apple_health_export/workout-routes/}.
 */
public final class PushFixtures {

    private static final String FOLDER = "fixtures/push-client/";
    private static final String ROUTE = "route_2025-03-04_6.04pm.gpx";

    private PushFixtures() {
    }

    /** Writes {@code export.zip} into {@code dir}. */
    public static Path exportZip(Path dir) {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "apple_health_export/export.xml", FOLDER + "export.xml");
            entry(out, "apple_health_export/workout-routes/" + ROUTE, FOLDER + ROUTE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** Everything the export reader hands over for an export. */
    public static CollectingSink read(Path export) {
        CollectingSink sink = new CollectingSink();
        new ExportReader().read(export, sink, ReadListener.NONE);
        return sink;
    }

    private static void entry(ZipOutputStream out, String name, String resource) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        try (InputStream in = PushFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            in.transferTo(out);
        }
        out.closeEntry();
    }

    /** Writes a generated export of {@code samples} heart rate records, each distinct, for load and crash tests. */
    public static Path generatedExport(Path dir, int samples) {
        Path xml = dir.resolve("export.xml");
        try (OutputStream out = Files.newOutputStream(xml)) {
            StringBuilder text = new StringBuilder(256);
            text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_GB\">\n")
                    .append(" <ExportDate value=\"2025-03-10 21:04:11 +0100\"/>\n");
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0, 0);
            DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            for (int i = 0; i < samples; i++) {
                String date = start.plusSeconds(37L * i).format(format) + " +0100";
                text.setLength(0);
                text.append(" <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"")
                        .append(i % 2 == 0 ? "Ana’s Apple Watch" : "Polar H10")
                        .append("\" sourceVersion=\"11.2\" unit=\"count/min\" creationDate=\"").append(date)
                        .append("\" startDate=\"").append(date).append("\" endDate=\"").append(date)
                        .append("\" value=\"").append(50 + i % 90).append("\"/>\n");
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write("</HealthData>\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xml;
    }
}
