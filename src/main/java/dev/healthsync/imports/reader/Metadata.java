package dev.healthsync.imports.reader;

import java.util.Arrays;

/**
 * Collects the metadata of one record ({@code MetadataEntry} children plus entries the reader adds) and writes it as
 * a JSON object with keys in ascending order. Sorted because HealthKit writes metadata from a dictionary whose
 * order is not guaranteed between exports, while identity and duplicate detection need the same record to give
 * the same text. Values stay strings as exported; entries the reader adds may be raw JSON. A repeated key keeps
 * its first value. Reused across records to keep allocation per record low. Not thread-safe.
 */
final class Metadata {

    private String[] keys = new String[8];
    private String[] values = new String[8];
    private boolean[] raw = new boolean[8];
    private int size;
    private final JsonText json = new JsonText();

    void clear() {
        size = 0;
    }

    /** Adds an entry; false when the key was already there (the first value stays). */
    boolean put(String key, String value) {
        return add(key, value, false);
    }

    /** An entry whose value is already JSON (an array or object built by the reader). */
    void putJson(String key, String json) {
        add(key, json, true);
    }

    /** The object as JSON, or null when there are no entries. */
    String toJson() {
        if (size == 0) {
            return null;
        }
        sort();
        json.reset().beginObject();
        for (int i = 0; i < size; i++) {
            json.name(keys[i]);
            if (raw[i]) {
                json.raw(values[i]);
            } else {
                json.value(values[i]);
            }
        }
        return json.endObject().toString();
    }

    private boolean add(String key, String value, boolean isRaw) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return false;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
            raw = Arrays.copyOf(raw, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        raw[size] = isRaw;
        size++;
        return true;
    }

    /** Insertion sort: a record has a handful of entries, so this beats any general sort here. */
    private void sort() {
        for (int i = 1; i < size; i++) {
            String key = keys[i];
            String value = values[i];
            boolean isRaw = raw[i];
            int j = i - 1;
            while (j >= 0 && keys[j].compareTo(key) > 0) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                raw[j + 1] = raw[j];
                j--;
            }
            keys[j + 1] = key;
            values[j + 1] = value;
            raw[j + 1] = isRaw;
        }
    }
}
