package dev.healthsync.imports.reader;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The files beside export.xml in an export folder: GPX routes ({@code workout-routes/}), FHIR resources
 * ({@code clinical-records/}) and ECG recordings ({@code electrocardiograms/}). References in export.xml are
 * written from the export folder with a leading slash ({@code /workout-routes/route_2019-06-11_3.00pm.gpx}).
 */
interface ExportFiles {

    /** Sub-folders that hold files the XML refers to; nothing outside them is ever opened. */
    List<String> FOLDERS = List.of("workout-routes/", "clinical-records/", "electrocardiograms/");

    /** The file a reference names, or null when the export does not contain it. The caller closes it. */
    InputStream open(String reference) throws IOException;

    /**
     * Paths, relative to the export folder and in name order, of the files directly in {@code folder} (one of
     * {@link #FOLDERS}) whose names end with {@code suffix} in any case; AppleDouble copies are left out.
     */
    List<String> list(String folder, String suffix) throws IOException;

    /** An export with no files beside the XML (a bare {@code .xml} or {@code .xml.gz} in a folder without them). */
    ExportFiles NONE = new ExportFiles() {
        @Override
        public InputStream open(String reference) {
            return null;
        }

        @Override
        public List<String> list(String folder, String suffix) {
            return List.of();
        }
    };

    /**
     * A reference as a relative path inside the export folder ({@code workout-routes/x.gpx}), or null when it
     * points outside the known sub-folders or climbs with {@code ..}: an uploaded XML must not be able to read
     * other files of the server.
     */
    static String relative(String reference) {
        if (reference == null) {
            return null;
        }
        String path = reference.strip().replace('\\', '/');
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.startsWith("./")) {
            path = path.substring(2);
        }
        path = java.text.Normalizer.normalize(path, java.text.Normalizer.Form.NFC);
        if (path.contains("../") || path.endsWith("/..") || path.contains("/./")) {
            return null;
        }
        for (String folder : FOLDERS) {
            if (path.startsWith(folder) && path.length() > folder.length()) {
                return path;
            }
        }
        return null;
    }
}
