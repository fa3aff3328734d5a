package dev.healthsync.ingest.autoexport;

import java.util.List;

/**
 * One CSV column header, split the way the app writes them: {@code Heart Rate [Min] (count/min)} is the name
 * {@code Heart Rate}, the part {@code Min} and the unit {@code count/min}. The unit is the last parenthesized
 * group, which may itself hold parentheses ({@code VO2 Max (ml/(kg·min))}).
 *
 * @param index  the column's position
 * @param header the header as written
 * @param name   the header without part and unit
 * @param part   the bracketed part, or null
 * @param unit   the unit, or null
 */
record HaeCsvColumn(int index, String header, String name, String part, String unit) {

    static HaeCsvColumn parse(int index, String header) {
        String rest = header.strip();
        String unit = null;
        if (rest.endsWith(")")) {
            int depth = 0;
            for (int i = rest.length() - 1; i >= 0; i--) {
                char c = rest.charAt(i);
                depth += c == ')' ? 1 : c == '(' ? -1 : 0;
                if (depth == 0) {
                    unit = rest.substring(i + 1, rest.length() - 1).strip();
                    rest = rest.substring(0, i).strip();
                    break;
                }
            }
        }
        String part = null;
        if (rest.endsWith("]") && rest.lastIndexOf('[') >= 0) {
            int open = rest.lastIndexOf('[');
            part = rest.substring(open + 1, rest.length() - 1).strip();
            rest = rest.substring(0, open).strip();
        }
        return new HaeCsvColumn(index, header, rest, part, unit == null || unit.isEmpty() ? null : unit);
    }

    /** The cell of this column in a record, stripped; null when empty or missing. */
    String cell(List<String> record) {
        if (index >= record.size()) {
            return null;
        }
        String cell = record.get(index).strip();
        return cell.isEmpty() ? null : cell;
    }

    /** A cell as a number: a plain decimal, or one with a decimal comma ({@code 12,5}); null when it is neither. */
    static Double number(String cell) {
        Double value = HaeReader.parseNumber(cell);
        if (value == null && cell.indexOf(',') >= 0 && cell.indexOf('.') < 0
                && cell.indexOf(',') == cell.lastIndexOf(',')) {
            value = HaeReader.parseNumber(cell.replace(',', '.'));
        }
        return value;
    }
}
