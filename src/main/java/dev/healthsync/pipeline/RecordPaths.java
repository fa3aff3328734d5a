package dev.healthsync.pipeline;

/**
 * Where a record was in what a sender sent. Push decoders name records by JSON path ({@code samples[3]}); the
 * export reader by element and position in the file ({@code Record@1234:5}: line 1234, column 5), since a line
 * is what a person can look up in a multi-gigabyte export.xml. A field follows after a dot.
 */
public final class RecordPaths {

    private RecordPaths() {
    }

    /** The path of an export element starting at {@code line} and {@code column}. */
    public static String inFile(String element, int line, int column) {
        return element + "@" + line + ":" + column;
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
        int colon = at < 0 ? -1 : path.indexOf(':', at);
        if (colon < 0) {
            return null;
        }
        int end = colon + 1;
        while (end < path.length() && Character.isDigit(path.charAt(end))) {
            end++;
        }
        try {
            return new int[] {Integer.parseInt(path, at + 1, colon, 10), Integer.parseInt(path, colon + 1, end, 10)};
        } catch (NumberFormatException e) {
            return null;
        }
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
