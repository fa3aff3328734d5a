package dev.healthsync.imports.reader;

/** Numbers as exports write them: plain decimals, sometimes with a decimal comma in CSV files. */
final class Numbers {

    private Numbers() {
    }

    /**
     * The value of a decimal such as {@code 72}, {@code -0.5} or {@code 1.2e3}, or null for anything else.
     * Names (category values, {@code NaN}, {@code Infinity}) are rejected by their first character, without
     * the cost of an exception.
     */
    static Double parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '-' && first != '+' && first != '.' && first != ' ') {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A decimal written with a comma or a point as its decimal separator ({@code -12,345}, {@code "-12.345"}),
     * quotes and surrounding spaces removed; when both separators appear the last one is the decimal separator
     * and the other groups thousands. NaN when it is not a number.
     */
    static double parseLocalized(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '"' || text.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '"'
                || text.charAt(end - 1) == '\t')) {
            end--;
        }
        if (start == end) {
            return Double.NaN;
        }
        int lastComma = -1;
        int lastPoint = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                lastComma = i;
            } else if (c == '.') {
                lastPoint = i;
            } else if (!((c >= '0' && c <= '9') || ((c == '-' || c == '+') && i == start) || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        int decimal = Math.max(lastComma, lastPoint);
        StringBuilder plain = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.') {
                if (i == decimal) {
                    plain.append('.');
                }
            } else {
                plain.append(c);
            }
        }
        try {
            return Double.parseDouble(plain.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
