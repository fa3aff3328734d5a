package dev.healthsync.imports.upload;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Blob keys of uploads: {@code uploads/<userId>/<uuid>/<file name>}. Each upload gets a folder of its own, so a
 * bare export.xml read from disk can never reach files of another upload beside it. File names are reduced to
 * {@code [A-Za-z0-9._-]}, at most {@value #MAX_NAME} characters, never starting with a dot.
 */
final class UploadKeys {

    static final int MAX_NAME = 200;
    static final String DEFAULT_NAME = "export";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern KEY = Pattern.compile("uploads/(\\d+)/"
            + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");

    private UploadKeys() {
    }

    /** A fresh key for a file of this (client-given) name. */
    static String newKey(long userId, String fileName) {
        return "uploads/" + userId + "/" + UUID.randomUUID() + "/" + sanitize(fileName);
    }

    /** The last path segment of a client's file name, reduced to safe characters. */
    static String sanitize(String fileName) {
        if (fileName == null) {
            return DEFAULT_NAME;
        }
        String name = fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSAFE.matcher(name).replaceAll("_");
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME); // keeps the extension
        }
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.isEmpty() || name.chars().allMatch(c -> c == '_') ? DEFAULT_NAME : name;
    }

    /** Whether {@code key} is an upload key this server hands out, in {@code userId}'s folder. */
    static boolean belongsTo(String key, long userId) {
        var match = KEY.matcher(key);
        return match.matches() && match.group(1).equals(Long.toString(userId));
    }

    /** The file name part of an upload key. */
    static String fileName(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
