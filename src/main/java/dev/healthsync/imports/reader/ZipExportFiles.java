package dev.healthsync.imports.reader;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files beside the export XML inside a zip. References resolve against the folder holding the XML
 * ({@code apple_health_export/}); names are compared in Unicode NFC because macOS writes decomposed names.
 * AppleDouble twins ({@code __MACOSX/}, {@code ._*}) are never returned. Not thread-safe.
 */
final class ZipExportFiles implements ExportFiles {

    private final ZipFile zip;
    private final Map<String, ZipEntry> byRelativeName = new HashMap<>();

    ZipExportFiles(ZipFile zip, String exportFolder) {
        this.zip = zip;
        String folder = nfc(exportFolder);
        zip.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> {
            String name = nfc(entry.getName());
            if (name.startsWith("__MACOSX/") || name.contains("/._") || name.startsWith("._")) {
                return;
            }
            if (name.startsWith(folder)) {
                byRelativeName.put(name.substring(folder.length()), entry);
            } else {
                byRelativeName.putIfAbsent(name, entry); // files zipped apart from the XML's folder
            }
        });
    }

    @Override
    public InputStream open(String reference) throws IOException {
        String relative = ExportFiles.relative(reference);
        ZipEntry entry = relative == null ? null : byRelativeName.get(relative);
        return entry == null ? null : zip.getInputStream(entry);
    }

    @Override
    public List<String> list(String folder, String suffix) {
        return byRelativeName.keySet().stream()
                .filter(name -> name.startsWith(folder) && name.indexOf('/', folder.length()) < 0
                        && name.toLowerCase(Locale.ROOT).endsWith(suffix))
                .sorted()
                .toList();
    }

    private static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
