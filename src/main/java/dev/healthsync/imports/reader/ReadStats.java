package dev.healthsync.imports.reader;

import dev.healthsync.pipeline.RecordPaths;
import dev.healthsync.pipeline.RecordSink;
import dev.healthsync.pipeline.SkipGroups;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.Location;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The counters of one read, and the one place that reports skips, warnings and unreadable records. Every skip
 * and warning is grouped by element, type and reason with a count and the place of its first occurrence: the
 * line and column in export.xml while it is being read, or the file inside the export it was found in.
 * Not thread-safe: one per read.
 */
final class ReadStats {

    private final Map<String, long[]> read = new HashMap<>();
    private final SkipGroups skipped = new SkipGroups();
    private final SkipGroups warnings = new SkipGroups();
    private final RecordSink sink;
    private final ReadListener listener;
    private XMLStreamReader2 export;
    private XMLStreamReader2 fileXml;
    private String file;

    ReadStats(RecordSink sink, ReadListener listener) {
        this.sink = sink;
        this.listener = listener;
    }

    /** Places skips and warnings at the current position of {@code reader}, which reads export.xml. */
    void readingExport(XMLStreamReader2 reader) {
        this.export = reader;
    }

    /**
     * Places skips and warnings in {@code fileName}, a file inside the export (a GPX route, an ECG CSV, a zip
     * entry), at the position of {@code reader} when it is XML (else null), until {@link #doneWithFile}.
     */
    void readingFile(String fileName, XMLStreamReader2 reader) {
        this.file = fileName;
        this.fileXml = reader;
    }

    /** Back to export.xml after a file inside the export was read. */
    void doneWithFile() {
        this.file = null;
        this.fileXml = null;
    }

    void read(String kind) {
        add(read, kind, 1);
    }

    void read(String kind, long n) {
        add(read, kind, n);
    }

    /** An element (or file) passed over on purpose, at the current position. */
    void skipped(String element, String reason) {
        skipped(element, null, reason, 1);
    }

    void skipped(String element, String type, String reason, long n) {
        int[] at = position();
        skipped.add(element, type, reason, n, file, at[0], at[1]);
    }

    /** A file inside the export passed over on purpose (an AppleDouble copy, a CDA document). */
    void skippedFile(String fileName, String element, String reason) {
        skipped.add(element, null, reason, 1, fileName, 0, 0);
    }

    /** Something assumed or worked around, at the current position; counted and listed in the summary. */
    void warning(String element, String reason) {
        int[] at = position();
        warnings.add(element, null, reason, 1, file, at[0], at[1]);
        listener.warning(element + ": " + reason + where(at));
    }

    /** A warning about the element at {@code path} (see {@link #pathHere}), placed where that element starts. */
    void warningAt(String path, String reason) {
        int[] at = RecordPaths.lineAndColumn(path);
        String element = RecordPaths.element(path);
        warnings.add(element, null, reason, 1, file, at == null ? 0 : at[0], at == null ? 0 : at[1]);
        listener.warning(element + ": " + reason + where(at == null ? new int[] {0, 0} : at));
    }

    /** An element this reader does not know, skipped: a skip of that element. */
    void unknownElement(String element, String ownerPath) {
        skipped(element, "unknown element");
        sink.ignored(ownerPath.isEmpty() ? element : ownerPath + "/" + element);
    }

    /** An attribute this reader does not know: its element is kept without it, which a warning says. */
    void unknownAttribute(String element, String attribute, String path) {
        int[] at = position();
        warnings.add(element, null, "unknown attribute " + attribute + " not kept", 1, file, at[0], at[1]);
        sink.ignored(path + "@" + attribute);
    }

    /** A record that could not be read: rejected to the sink, which counts it (once, there). */
    void reject(String path, String type, String field, String reason) {
        sink.reject(path + "." + field, type, reason);
    }

    /**
     * The path of the element the reader is at the start of, with its line and column, and its file when it is not
     * export.xml (see {@link RecordPaths}).
     */
    String pathHere(String element) {
        int[] at = position();
        return file == null ? RecordPaths.inFile(element, at[0], at[1]) : RecordPaths.inFile(element, file, at[0], at[1]);
    }

    ReadSummary summary(long bytesTotal) {
        Map<String, Long> counts = new HashMap<>();
        read.forEach((key, value) -> counts.put(key, value[0]));
        return new ReadSummary(counts, skipped.list(), warnings.list(), bytesTotal);
    }

    private int[] position() {
        XMLStreamReader2 xml = file == null ? export : fileXml;
        Location location = xml == null ? null : xml.getLocation();
        return location == null ? new int[] {0, 0} : new int[] {location.getLineNumber(), location.getColumnNumber()};
    }

    private String where(int[] at) {
        String place = file == null ? "" : " in " + file;
        return at[0] == 0 ? place : place + " at line " + at[0] + ", column " + at[1];
    }

    private static void add(Map<String, long[]> counters, String key, long n) {
        long[] counter = counters.get(key);
        if (counter == null) {
            counters.put(key, new long[] {n});
        } else {
            counter[0] += n;
        }
    }
}
