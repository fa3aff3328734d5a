package dev.healthsync.pipeline;

/**
 * Where a record was in what a sender sent. Push decoders name records by JSON path ({@code samples[3]}); the
 * export reader by element and position in the file ({@code Record@1234:5}: line 1234, column 5), since a line
 * is what a person can look up in a multi-gigabyte export.xml; an element of another file inside the export names
 * that file before its line ({@code trkpt@workout-routes/run.gpx:17:5}). A field follows after a dot.
 */
public final class RecordPaths {

    private RecordPaths() {
    }

    /** The path of an export element starting at {@code line} and {@code column}. */
    public static String inFile(String element, int line, int column) {
        return element + "@" + line + ":" + column;
    }

    /** The path of an element starting at {@code line} and {@code column} of {@code file}, a file inside the export. */
    public static String inFile(String element, String file, int line, int column) {
        return element + "@" + file + ":" + line + ":" + column;
    }

    /** The record kind a path starts with: {@code Record} for {@code Record@12:5.value}, {@code samples} for {@code samples[3]}. */
    public static String element(String path) {
        int end = 0;
        while (end < path.length() && Character.isLetterOrDigit(path.charAt(end))) {
            end++;
        }
        return path.substring(0, end);
    }

    /** Line and column of a path written by {@link #inFile}, or null for other paths. */
    public static int[] lineAndColumn(String path) {
        int at = path.indexOf('@');
        int colon = path.lastIndexOf(':');
        if (at < 0 || colon < at) {
            return null;
        }
        int lineStart = Math.max(at, path.lastIndexOf(':', colon - 1)) + 1;
        int end = colon + 1;
        while (end < path.length() && Character.isDigit(path.charAt(end))) {
            end++;
        }
        try {
            return new int[] {Integer.parseInt(path, lineStart, colon, 10), Integer.parseInt(path, colon + 1, end, 10)};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The file a path written by {@link #inFile(String, String, int, int)} names, or null (export.xml, a push body). */
    public static String file(String path) {
        int at = path.indexOf('@');
        int colon = path.lastIndexOf(':');
        int lineColon = colon < 0 ? -1 : path.lastIndexOf(':', colon - 1);
        return at >= 0 && lineColon > at && lineAndColumn(path) != null ? path.substring(at + 1, lineColon) : null;
    }

    /** The field a path ends with ({@code startDate} for {@code samples[3].startDate}), or null. */
    static String field(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot == path.length() - 1) {
            return null;
        }
        for (int i = dot + 1; i < path.length(); i++) {
            if (!Character.isLetterOrDigit(path.charAt(i))) {
                return null;
            }
        }
        return path.substring(dot + 1);
    }
}
