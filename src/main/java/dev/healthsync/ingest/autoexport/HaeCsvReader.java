package dev.healthsync.ingest.autoexport;

import dev.healthsync.ingest.decoder.MalformedBodyException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records, one at a time: fields separated by commas (or by semicolons or tabs when the header line has
 * more of those, as spreadsheet programs in some locales write), quoted fields with doubled quotes, commas and line
 * breaks inside quotes, CRLF or LF line ends, a leading byte order mark dropped, blank lines skipped. A record
 * longer than {@link #MAX_RECORD_CHARS} ends the file as malformed, so memory stays bounded. Not thread-safe.
 */
final class HaeCsvReader {

    static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final String name;
    private char separator;
    private int pushedBack = -2;
    private boolean first = true;

    HaeCsvReader(Reader in, String name) {
        this.in = in;
        this.name = name;
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() {
        try {
            List<String> record;
            do {
                record = readRecord();
            } while (record != null && record.size() == 1 && record.get(0).isEmpty());
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> readRecord() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (separator == 0) {
            String line = rawRecord(c);
            separator = choose(line);
            return split(line);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int length = 0;
        while (c >= 0) {
            if (++length > MAX_RECORD_CHARS) {
                throw new MalformedBodyException(name, "CSV record too long");
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pushBack(next);
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == '\r' || ch == '\n') {
                endOfLine(ch);
                break;
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(ch);
            }
            c = read();
        }
        fields.add(field.toString());
        return fields;
    }

    /** The first record as written, quotes included, without its line end. */
    private String rawRecord(int c) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        while (c >= 0) {
            char ch = (char) c;
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\r' || ch == '\n')) {
                endOfLine(ch);
                break;
            }
            if (line.length() >= MAX_RECORD_CHARS) {
                throw new MalformedBodyException(name, "CSV record too long");
            }
            line.append(ch);
            c = read();
        }
        return line.toString();
    }

    /** Consumes the LF of a CRLF. */
    private void endOfLine(char ch) throws IOException {
        if (ch == '\r') {
            int next = read();
            if (next != '\n') {
                pushBack(next);
            }
        }
    }

    /** The candidate that occurs most outside quotes in the first line; comma on a tie. */
    private static char choose(String line) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += ch == ',' ? 1 : 0;
                semicolons += ch == ';' ? 1 : 0;
                tabs += ch == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Splits the first record, now that the separator is known. */
    private List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void pushBack(int c) {
        pushedBack = c;
    }
}
