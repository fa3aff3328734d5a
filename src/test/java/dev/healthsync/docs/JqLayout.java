package dev.healthsync.docs;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON laid out as {@code jq .} prints it (two-space indent, {@code 64.0} as {@code 64}), or compact as {@code jq -c}. */
final class JqLayout {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JqLayout() {
    }

    static String pretty(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, "", true, out);
        return out.toString();
    }

    static String compact(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, "", false, out);
        return out.toString();
    }

    private static void write(JsonNode node, String indent, boolean pretty, StringBuilder out) {
        String inner = indent + "  ";
        String open = pretty ? "\n" + inner : "";
        String close = pretty ? "\n" + indent : "";
        if (node.isObject() && !node.isEmpty()) {
            out.append('{');
            String separator = open;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                out.append(separator).append(JSON.writeValueAsString(entry.getKey())).append(pretty ? ": " : ":");
                write(entry.getValue(), inner, pretty, out);
                separator = "," + open;
            }
            out.append(close).append('}');
        } else if (node.isArray() && !node.isEmpty()) {
            out.append('[');
            String separator = open;
            for (JsonNode item : node.values()) {
                out.append(separator);
                write(item, inner, pretty, out);
                separator = "," + open;
            }
            out.append(close).append(']');
        } else if (node.isFloatingPointNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            out.append(value.scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString());
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }
}
