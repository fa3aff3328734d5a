package dev.healthsync.imports.reader;

/** Numbers as exports write them: plain decimals, sometimes with a decimal comma in CSV files. */
final class Numbers {

    private Numbers() {
    }

    /** Powers of ten a double holds exactly, for {@link #plainDecimal}. */
    private static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22};
    private static final int MAX_EXACT_DIGITS = 15;

    /**
     * The value of a decimal such as {@code 72}, {@code -0.5} or {@code 1.2e3}, or null for anything else.
     * Names (category values, {@code NaN}, {@code Infinity}) are rejected by their first character, without
     * the cost of an exception.
     */
    static Double parse(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '-' && first != '+' && first != '.' && first != ' ') {
            return null;
        }
        double plain = plainDecimal(text);
        if (!Double.isNaN(plain)) {
            return plain;
        }
        try {
            double value = Double.parseDouble(text.toString());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Most values in an export are short plain decimals ({@code 72}, {@code -0.5}, {@code 48.137154}). With at
     * most 15 digits the digits form an integer a double holds exactly, and dividing it by an exact power of ten
     * rounds once, correctly: the same double {@code Double.parseDouble} gives (Clinger's fast path), without its
     * buffers. NaN for anything else, which the caller hands to {@code Double.parseDouble}.
     */
    static double plainDecimal(CharSequence text) {
        int length = text.length();
        int i = text.charAt(0) == '-' ? 1 : 0;
        long digits = 0;
        int count = 0;
        int fractionDigits = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if (c == '.' && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > MAX_EXACT_DIGITS || fractionDigits == 0) {
            return Double.NaN;
        }
        double value = fractionDigits > 0 ? digits / EXACT_POWERS_OF_TEN[fractionDigits] : digits;
        return text.charAt(0) == '-' ? -value : value;
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
