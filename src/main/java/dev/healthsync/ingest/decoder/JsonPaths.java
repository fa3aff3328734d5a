package dev.healthsync.ingest.decoder;

import tools.jackson.core.TokenStreamContext;

/** Builds the paths named in rejects and errors: {@code samples[3].startDate}, {@code anchors["odd key"]}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** {@code parent.name}, or {@code parent["name"]} when the name is not a plain identifier. */
    public static String field(String parent, String name) {
        if (isIdentifier(name)) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        StringBuilder path = new StringBuilder(parent.length() + name.length() + 4).append(parent).append("[\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\') {
                path.append('\\');
            }
            path.append(c < 0x20 ? ' ' : c);
        }
        return path.append("\"]").toString();
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Where the parser is, in the same notation; used to say where a body stopped being JSON. */
    public static String of(TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = of(context.getParent());
        if (context.inArray()) {
            return index(parent, context.getCurrentIndex());
        }
        String name = context.currentName();
        return name == null ? parent : field(parent, name);
    }

    /** ASCII letters, digits and underscores, not starting with a digit: what HealthKit keys look like. */
    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || (name.charAt(0) >= '0' && name.charAt(0) <= '9')) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
