package dev.healthsync.imports.reader;

import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RecordSink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Streams an Apple Health export into a {@link RecordSink}: the full-history import and the {@code push} replay
 * both read exports through it. Accepts {@code export.zip} (the export XML found by content, with the GPX routes,
 * FHIR resources and ECG CSVs beside it), a bare {@code export.xml} (files beside it are used when its folder has
 * them) or {@code export.xml.gz}; the format is told by the first bytes, not the name.
 * <p>
 * Each element is handed to the sink as soon as it is read, so memory stays flat for exports of any size:
 * {@code Record} → {@code sample}, {@code Workout} (with statistics, events, activities, route) → {@code workout},
 * {@code ActivitySummary} → {@code aggregate} ({@code HKActivitySummary}, one day), {@code Me},
 * {@code ClinicalRecord}, {@code Audiogram}, {@code VisionPrescription} and each ECG CSV → {@code document};
 * records whose dates cannot be read → {@code reject}; unknown elements and attributes → {@code ignored}, counted
 * and never fatal. {@code Correlation}s are grouping only: their child records also appear at the top level of
 * every export and are read there, so a correlation's children are skipped and the correlation is only counted.
 * {@code export_cda.xml} is skipped: it repeats the same data as a CDA document.
 * <p>
 * Before parsing, illegal XML control characters are replaced with spaces ({@link ControlCharFilter}) and the
 * internal DTD is removed ({@link DtdStripper}); iOS 16 exports carry a broken one. Records already handed to the
 * sink stay handed when a later part of the file turns out unreadable: the reader then throws
 * {@link UnreadableExportException} and the caller decides what to keep. Stateless and thread-safe; each call
 * reads one file on the calling thread.
 */
public final class ExportReader {

    private static final int BUFFER = 1 << 16;

    /**
     * Reads one export.
     *
     * @throws UnreadableExportException when the file is not an export, is not well-formed, or cannot be read
     */
    public ReadSummary read(Path file, RecordSink sink, ReadListener listener) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        ReadListener heard = listener == null ? ReadListener.NONE : listener;
        ReadStats stats = new ReadStats(sink, heard);
        try {
            long total = switch (ExportLocator.format(file)) {
                case ZIP -> readZip(file, sink, stats, heard);
                case GZIP -> readPlain(file, true, sink, stats, heard);
                case XML -> readPlain(file, false, sink, stats, heard);
            };
            return stats.summary(total);
        } catch (IOException e) {
            throw new UnreadableExportException(cannotRead(file, e), e);
        } catch (UncheckedIOException e) {
            throw new UnreadableExportException(cannotRead(file, e.getCause()), e.getCause());
        }
    }

    /** Names the failure by its kind; the cause keeps the details for logs. */
    private static String cannotRead(Path file, IOException e) {
        return "could not read " + file.getFileName() + ": " + e.getClass().getSimpleName();
    }

    private static long readZip(Path file, RecordSink sink, ReadStats stats, ReadListener listener)
            throws IOException {
        try (ZipFile zip = ExportLocator.openZip(file)) {
            ZipEntry entry = ExportLocator.exportEntry(zip, stats);
            ExportFiles files = new ZipExportFiles(zip, ExportLocator.folderOf(entry.getName()));
            Set<String> referenced;
            long total = entry.getSize() >= 0 ? entry.getSize() : Files.size(file);
            try (InputStream raw = zip.getInputStream(entry)) {
                ProgressInputStream progress = new ProgressInputStream(raw, total, listener);
                referenced = parse(new BufferedInputStream(progress, BUFFER), sink, stats, files);
                progress.finish();
            }
            filesBeside(files, referenced, sink, stats);
            return total;
        }
    }

    private static long readPlain(Path file, boolean gzip, RecordSink sink, ReadStats stats, ReadListener listener)
            throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        ExportFiles files = folder == null ? ExportFiles.NONE : new FolderExportFiles(folder);
        long total = Files.size(file);
        Set<String> referenced;
        try (InputStream raw = Files.newInputStream(file)) {
            // Progress counts the file's own bytes: for gzip, compressed ones, whose total is known.
            ProgressInputStream progress = new ProgressInputStream(raw, total, listener);
            InputStream xml = gzip ? new GZIPInputStream(progress, BUFFER) : new BufferedInputStream(progress, BUFFER);
            referenced = parse(gzip ? new BufferedInputStream(xml, BUFFER) : xml, sink, stats, files);
            progress.finish();
        }
        filesBeside(files, referenced, sink, stats);
        return total;
    }

    /** Parses the export XML; returns the route files its workouts referred to. */
    private static Set<String> parse(InputStream xml, RecordSink sink, ReadStats stats, ExportFiles files) {
        ControlCharFilter controls = new ControlCharFilter(xml);
        ExportParser parser = new ExportParser(sink, stats, files);
        parser.parse(new DtdStripper(controls));
        if (controls.replaced() > 0) {
            stats.warning("export.xml", controls.replaced() + " illegal XML control characters were replaced by spaces");
        }
        return parser.referencedRoutes();
    }

    /**
     * The files beside the XML that no element refers to: ECG recordings (export.xml never names them) and route
     * files no workout refers to, which the sink attaches to a workout by time or keeps on their own.
     */
    private static void filesBeside(ExportFiles files, Set<String> referencedRoutes, RecordSink sink, ReadStats stats)
            throws IOException {
        electrocardiograms(files, sink, stats);
        for (String path : files.list("workout-routes/", ".gpx")) {
            if (referencedRoutes.contains(java.text.Normalizer.normalize(path, java.text.Normalizer.Form.NFC))) {
                continue;
            }
            try (InputStream in = files.open(path)) {
                if (in != null) {
                    sink.looseRoute(path, GpxReader.read(in, path, stats));
                }
            }
        }
    }

    private static void electrocardiograms(ExportFiles files, RecordSink sink, ReadStats stats) throws IOException {
        for (String path : files.list("electrocardiograms/", ".csv")) {
            try (InputStream in = files.open(path)) {
                RawDocument ecg = in == null ? null : EcgCsvReader.read(in, path, stats);
                if (ecg != null) {
                    sink.document(ecg);
                }
            }
        }
    }
}
