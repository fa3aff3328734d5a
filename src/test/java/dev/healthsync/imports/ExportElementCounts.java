package dev.healthsync.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Counts an export's record elements by reading its text, independently of the reader under test: every
 * {@code <Record}, {@code <Workout}, … start tag after the root element (so the internal DTD's declarations do not
 * count), at any depth (a correlation's records too).
 */
final class ExportElementCounts {

    /** The elements that become records; their parts (metadata, statistics, route points) belong to them. */
    static final List<String> RECORD_ELEMENTS = List.of("Record", "Correlation", "Workout", "ActivitySummary", "Me",
            "ClinicalRecord", "Audiogram", "VisionPrescription");

    private static final Pattern START_TAG = Pattern.compile("<(" + String.join("|", RECORD_ELEMENTS) + ")[\\s/>]");

    private ExportElementCounts() {
    }

    /** The project's own export fixtures that import completely, and the real ones when they are beside the clone. */
    static List<Path> everyExportFixture() throws IOException {
        List<Path> all = new ArrayList<>();
        all.add(ImportTestSupport.OWN_EXPORTS.resolve("apple_health_export"));
        all.add(ImportTestSupport.OWN_EXPORTS.resolve("legacy-2018_inline-route_export.xml"));
        Path fidelity = ImportTestSupport.OWN_EXPORTS.resolve("fidelity");
        try (Stream<Path> files = Files.list(fidelity)) {
            files.filter(f -> !f.getFileName().toString().startsWith("truncated")).sorted().forEach(all::add);
        }
        if (Files.isDirectory(ImportTestSupport.EXPORTS)) {
            try (Stream<Path> files = Files.list(ImportTestSupport.EXPORTS)) {
                files.filter(f -> f.toString().endsWith("_export.xml") || f.toString().endsWith("_export.zip"))
                        .sorted().forEach(all::add);
            }
        }
        return all;
    }

    /** Record elements by name in an export folder, {@code export.xml} or {@code .zip}. */
    static Map<String, Long> of(Path export) {
        Map<String, Long> counts = new TreeMap<>();
        Matcher tags = START_TAG.matcher(afterRoot(text(export)));
        while (tags.find()) {
            counts.merge(tags.group(1), 1L, Long::sum);
        }
        return counts;
    }

    private static String afterRoot(String xml) {
        int root = xml.indexOf("<HealthData");
        return root < 0 ? xml : xml.substring(root);
    }

    private static String text(Path export) {
        try {
            if (Files.isDirectory(export)) {
                return Files.readString(export.resolve("export.xml"), StandardCharsets.UTF_8);
            }
            if (!export.toString().endsWith(".zip")) {
                return Files.readString(export, StandardCharsets.UTF_8);
            }
            try (ZipFile zip = new ZipFile(export.toFile())) {
                ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith("export.xml")
                        && !e.getName().startsWith("__MACOSX/")).findFirst().orElseThrow();
                try (InputStream in = zip.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
