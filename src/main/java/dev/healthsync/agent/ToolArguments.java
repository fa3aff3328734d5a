package dev.healthsync.agent;

import java.util.Map;

/** A tool call's arguments as the agent sent them; a wrong type is the agent's mistake, told back as such. */
record ToolArguments(Map<String, Object> values) {

    ToolArguments {
        values = values == null ? Map.of() : values;
    }

    String string(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ToolArgumentException(name + " must be a string, got " + value);
    }

    /** A string the tool cannot do without. */
    String required(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            throw new ToolArgumentException(name + " is required");
        }
        return value;
    }

    boolean flag(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        throw new ToolArgumentException(name + " must be true or false, got " + value);
    }
}
