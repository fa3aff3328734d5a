package dev.healthsync.imports.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Finds what to read: the file's format by its first bytes (never its name), and inside a zip the export XML by
 * its content. The Health app names the XML after the phone's language ({@code export.xml}, {@code 导出.xml},
 * {@code Exportieren.xml}); macOS adds {@code __MACOSX/._*} AppleDouble twins and {@code .DS_Store} when an export
 * is re-zipped; {@code export_cda.xml} repeats the data as a CDA document. So the export is the entry whose root
 * element is {@code HealthData}, looked for first among {@code *.xml} entries, then among all others; when
 * several qualify the largest wins. Stateless; thread-safe.
 */
final class ExportLocator {

    enum Format { ZIP, GZIP, XML }

    static final String CDA_NAME = "export_cda.xml";
    static final String ROOT = "HealthData";

    private ExportLocator() {
    }

    /** The format of a file by its magic bytes. */
    static Format format(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
            return Format.ZIP;
        }
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Format.GZIP;
        }
        return Format.XML;
    }

    /**
     * Opens a zip, reading entry names as UTF-8 (the Health app's encoding) and falling back to CP437 for archives
     * re-made by tools that write other encodings without saying so. {@link ZipFile} reads ZIP64 archives, which
     * exports over 4 GB are.
     */
    static ZipFile openZip(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            return new ZipFile(file.toFile(), Charset.forName("IBM437"));
        }
        try {
            zip.stream().count(); // decodes every name now rather than halfway through the read
            return zip;
        } catch (IllegalArgumentException e) {
            zip.close();
            return new ZipFile(file.toFile(), Charset.forName("IBM437"));
        }
    }

    /** The export XML entry of a zip. */
    static ZipEntry exportEntry(ZipFile zip, ReadStats stats) throws IOException {
        List<ZipEntry> xmlNamed = new ArrayList<>();
        List<ZipEntry> others = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            String base = baseName(name);
            if (entry.isDirectory()) {
                continue;
            }
            if (name.startsWith("__MACOSX/") || base.startsWith("._")) {
                stats.skippedFile(name, "ZipEntry", "__MACOSX or AppleDouble copy");
            } else if (base.equalsIgnoreCase(CDA_NAME)) {
                stats.skippedFile(name, "ZipEntry", "export_cda.xml (a CDA copy of export.xml)");
            } else if (base.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                xmlNamed.add(entry);
            } else if (!inSubFolder(name)) {
                others.add(entry);
            }
        }
        ZipEntry found = largestExport(zip, xmlNamed, stats);
        if (found == null) {
            found = largestExport(zip, others, stats);
        }
        if (found == null) {
            throw new UnreadableExportException("no Apple Health export XML (root element HealthData) in the zip");
        }
        return found;
    }

    /** The folder of a zip entry, with its trailing slash; empty at the top level. */
    static String folderOf(String entryName) {
        int slash = entryName.lastIndexOf('/');
        return slash < 0 ? "" : entryName.substring(0, slash + 1);
    }

    /** The name of the root element of an XML stream, or null when it is not XML. */
    static String rootElement(InputStream in) {
        try {
            InputStream filtered = new DtdStripper(new ControlCharFilter(in));
            XMLStreamReader2 reader = Xml.exportReader(filtered);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
                return null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return null; // not XML (or not well-formed before its root): not an export
        }
    }

    private static ZipEntry largestExport(ZipFile zip, List<ZipEntry> candidates, ReadStats stats)
            throws IOException {
        ZipEntry best = null;
        int found = 0;
        for (ZipEntry entry : candidates) {
            String root;
            try (InputStream in = zip.getInputStream(entry)) {
                if (!startsLikeXml(in)) {
                    continue;
                }
            }
            try (InputStream in = zip.getInputStream(entry)) {
                root = rootElement(in);
            }
            if ("ClinicalDocument".equals(root)) {
                stats.skippedFile(entry.getName(), "ZipEntry", "CDA document (a copy of export.xml)");
            } else if (ROOT.equals(root)) {
                found++;
                if (best == null || entry.getSize() > best.getSize()) {
                    best = entry;
                }
            }
        }
        if (found > 1) {
            stats.warning("ZipEntry", found + " export XML files in the zip; reading the largest, " + best.getName());
        }
        return best;
    }

    /** Whether the first non-blank byte (after a UTF-8 byte order mark) is {@code <}: cheap before parsing. */
    private static boolean startsLikeXml(InputStream in) throws IOException {
        byte[] head = in.readNBytes(256);
        int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
            i++;
        }
        return i < head.length && head[i] == '<';
    }

    /** Entries in the folders of routes, clinical records and ECGs are never the export. */
    private static boolean inSubFolder(String name) {
        for (String folder : ExportFiles.FOLDERS) {
            if (name.startsWith(folder) || name.contains("/" + folder)) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
