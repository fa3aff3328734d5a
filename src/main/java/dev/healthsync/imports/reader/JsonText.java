package dev.healthsync.imports.reader;

/**
 * A minimal JSON writer for metadata and document payloads. Hand-written rather than Jackson because it runs for
 * millions of records: it reuses one buffer, writes fields in the order given (callers sort keys so the same
 * record always yields the same text, which identity keys rely on) and keeps numbers exactly as the export wrote
 * them when they are valid JSON numbers. Not thread-safe.
 */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(256);
    /** Per nesting level: whether the next member needs a comma. Exports nest a handful of levels at most. */
    private boolean[] needsComma = new boolean[16];
    private int depth;

    JsonText reset() {
        out.setLength(0);
        depth = 0;
        needsComma[0] = false;
        return this;
    }

    JsonText beginObject() {
        separate();
        out.append('{');
        push();
        return this;
    }

    JsonText endObject() {
        depth--;
        out.append('}');
        return this;
    }

    JsonText beginArray() {
        separate();
        out.append('[');
        push();
        return this;
    }

    JsonText endArray() {
        depth--;
        out.append(']');
        return this;
    }

    JsonText name(String name) {
        separate();
        string(name);
        out.append(':');
        needsComma[depth] = false;
        return this;
    }

    JsonText value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonText value(double value) {
        separate();
        if (Double.isFinite(value)) {
            long whole = (long) value;
            if (whole == value && Math.abs(whole) < (1L << 53)) {
                out.append(whole);
            } else {
                out.append(value);
            }
        } else {
            out.append("null");
        }
        return this;
    }

    JsonText value(boolean value) {
        separate();
        out.append(value);
        return this;
    }

    /** The text as a number when it is a JSON number ({@code 590.252}, {@code -1}), else as a string. */
    JsonText numberOrString(String text) {
        if (text != null && isJsonNumber(text)) {
            separate();
            out.append(text);
            return this;
        }
        return value(text);
    }

    /** Already-serialized JSON, e.g. a nested object written by another {@code JsonText}. */
    JsonText raw(CharSequence json) {
        separate();
        out.append(json);
        return this;
    }

    JsonText field(String name, String value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static boolean isJsonNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (isDigit(s.charAt(i))) {
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void separate() {
        if (needsComma[depth]) {
            out.append(',');
        }
        needsComma[depth] = true;
    }

    private void push() {
        depth++;
        if (depth == needsComma.length) {
            needsComma = java.util.Arrays.copyOf(needsComma, depth * 2);
        }
        needsComma[depth] = false;
    }

    /** Runs of plain characters are copied at once: metadata is mostly plain text. */
    private void string(String s) {
        out.append('"');
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        out.append(s, run, n).append('"');
    }
}
