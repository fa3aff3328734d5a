package dev.healthsync.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups skipped records by element, type and reason, keeping the count and the place of the first of each. The
 * number of groups is bounded, so a file of a million differently broken records cannot grow memory; occurrences
 * beyond the bound are counted in one last group per element. Not thread-safe.
 */
public final class SkipGroups {

    static final int MAX_GROUPS = 500;
    static final String OTHER_REASONS = "other reasons (too many kinds to list)";

    private final Map<List<String>, SkipGroup> groups = new LinkedHashMap<>();

    /** Adds {@code count} occurrences whose first is at {@code file}, {@code line}, {@code column}. */
    public void add(String element, String type, String reason, long count, String file, int line, int column) {
        List<String> key = java.util.Arrays.asList(element, type, reason);
        SkipGroup group = groups.get(key);
        if (group == null && groups.size() >= MAX_GROUPS) {
            key = java.util.Arrays.asList(element, null, OTHER_REASONS);
            group = groups.get(key);
            if (group == null) {
                groups.put(key, new SkipGroup(element, null, OTHER_REASONS, count, file, line, column));
                return;
            }
        }
        groups.put(key, group == null ? new SkipGroup(element, type, reason, count, file, line, column)
                : group.plus(count));
    }

    /** Adds one occurrence named by a record path (see {@link RecordPaths}). */
    void add(String path, String type, String reason) {
        int[] at = RecordPaths.lineAndColumn(path);
        add(RecordPaths.element(path), type, reason, 1, RecordPaths.file(path), at == null ? 0 : at[0],
                at == null ? 0 : at[1]);
    }

    /** Adds groups counted elsewhere, e.g. by earlier chunks of the same import. */
    public void addAll(List<SkipGroup> more) {
        more.forEach(g -> add(g.element(), g.type(), g.reason(), g.count(), g.file(), g.line(), g.column()));
    }

    public List<SkipGroup> list() {
        return List.copyOf(new ArrayList<>(groups.values()));
    }
}
