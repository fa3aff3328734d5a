package dev.healthsync.docs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares a documented response with the server's. Everything documented is checked (the set of field names,
 * array lengths, numbers by value, strings exactly) except placeholders, which stand for what differs on every run:
 * <ul>
 *   <li>{@code <lower_case>} and {@code …}: any value (as a whole JSON value), or any text (inside a string or line);</li>
 *   <li>{@code <UPPER_CASE>}: a variable. Its first occurrence takes the server's value, which later requests read as
 *   {@code $UPPER_CASE}; every later occurrence must be that same value.</li>
 *   <li>a line of text that is only {@code …}: any number of lines, none included.</li>
 * </ul>
 * Names hold no spaces, so {@code <token or key>} in a message is text, not a placeholder.
 */
final class DocMatch {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z][A-Za-z0-9_]*)>|…");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Map<String, String> variables;
    private final List<String> differences = new ArrayList<>();

    DocMatch(Map<String, String> variables) {
        this.variables = variables;
    }

    List<String> differences() {
        return differences;
    }

    void json(JsonNode documented, JsonNode actual, String path) {
        if (documented.isString() && PLACEHOLDER.matcher(documented.stringValue()).find()) {
            placeholderValue(documented.stringValue(), actual, path);
        } else if (documented.isNumber() && actual.isNumber()) {
            if (documented.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differ(path, documented, actual);
            }
        } else if (documented.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(documented.propertyNames());
            Set<String> actualNames = new TreeSet<>(actual.propertyNames());
            if (!names.equals(actualNames)) {
                differences.add(path + ": documented fields " + names + ", server's " + actualNames);
            }
            for (String name : names) {
                if (actual.has(name)) {
                    json(documented.get(name), actual.get(name), path + "." + name);
                }
            }
        } else if (documented.isArray() && actual.isArray()) {
            if (documented.size() != actual.size()) {
                differences.add(path + ": documented " + documented.size() + " items, server's " + actual.size());
            }
            for (int i = 0; i < Math.min(documented.size(), actual.size()); i++) {
                json(documented.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (!documented.equals(actual)) {
            differ(path, documented, actual);
        }
    }

    private void placeholderValue(String documented, JsonNode actual, String path) {
        Matcher whole = PLACEHOLDER.matcher(documented);
        if (whole.matches()) {
            String name = whole.group(1);
            if (name != null && VARIABLE.matcher(name).matches()) {
                variable(name, actual.isString() ? actual.stringValue() : actual.toString(), path);
            }
            return;
        }
        if (!actual.isString()) {
            differ(path, documented, actual);
            return;
        }
        text(documented, actual.stringValue(), path);
    }

    private void variable(String name, String value, String path) {
        String known = variables.putIfAbsent(name, value);
        if (known != null && !known.equals(value)) {
            differences.add(path + ": <" + name + "> was " + known + " before, the server now says " + value);
        }
    }

    /** Text with placeholders against the server's text: lines, header values or strings. */
    void text(String documented, String actual, String where) {
        StringBuilder regex = new StringBuilder();
        List<String> groups = new ArrayList<>();
        Iterator<String> lines = documented.lines().iterator();
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.trim().equals("…")) {
                regex.append("(?:[^\\n]*\\n)*?");
                continue;
            }
            appendLine(line, regex, groups);
            if (lines.hasNext()) {
                regex.append("\\n");
            }
        }
        Matcher matcher = Pattern.compile(regex.toString()).matcher(actual);
        if (!matcher.matches()) {
            differences.add(where + ": documented\n" + documented + "\nserver's\n" + actual);
            return;
        }
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g) != null) {
                variable(groups.get(g), matcher.group(g + 1), where);
            }
        }
    }

    private void appendLine(String line, StringBuilder regex, List<String> groups) {
        Matcher placeholder = PLACEHOLDER.matcher(line);
        int at = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(line.substring(at, placeholder.start())));
            String name = placeholder.group(1);
            if (name != null && VARIABLE.matcher(name).matches() && variables.containsKey(name)) {
                regex.append(Pattern.quote(variables.get(name)));
            } else if (name != null && VARIABLE.matcher(name).matches() && groups.contains(name)) {
                regex.append("\\").append(groups.indexOf(name) + 1);
            } else {
                regex.append("([^\\n]*?)");
                groups.add(name != null && VARIABLE.matcher(name).matches() ? name : null);
            }
            at = placeholder.end();
        }
        regex.append(Pattern.quote(line.substring(at)));
    }

    private void differ(String path, Object documented, JsonNode actual) {
        differences.add(path + ": documented " + documented + ", server's " + actual);
    }

    /** The server's value with the documented placeholders kept where they stand: what the page should show. */
    static JsonNode keepPlaceholders(JsonNode documented, JsonNode actual) {
        if (documented == null) {
            return actual;
        }
        if (documented.isString() && PLACEHOLDER.matcher(documented.stringValue()).matches()) {
            return documented;
        }
        if (documented.isObject() && actual.isObject()) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            for (String name : actual.propertyNames()) {
                merged.set(name, keepPlaceholders(documented.get(name), actual.get(name)));
            }
            return merged;
        }
        if (documented.isArray() && actual.isArray()) {
            ArrayNode merged = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < actual.size(); i++) {
                merged.add(keepPlaceholders(i < documented.size() ? documented.get(i) : null, actual.get(i)));
            }
            return merged;
        }
        return actual;
    }
}
