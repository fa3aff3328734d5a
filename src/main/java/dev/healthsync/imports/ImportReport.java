package dev.healthsync.imports;

import dev.healthsync.pipeline.SkipGroup;
import dev.healthsync.storage.ImportJobRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/** An import job's outcome as lines for a terminal: counts per kind, then every skip and warning explained. */
public final class ImportReport {

    private ImportReport() {
    }

    public static List<String> lines(ImportJobRecord job, JsonMapper json) {
        ImportTally tally = ImportTally.fromJson(json, job.countsJson());
        List<String> lines = new ArrayList<>();
        Map<String, Long> inserted = tally.inserted();
        Map<String, Long> duplicates = tally.duplicates();
        Set<String> kinds = new TreeSet<>(inserted.keySet());
        kinds.addAll(duplicates.keySet());
        String row = "%-" + kinds.stream().mapToInt(String::length).max().orElse(0) + "s %12s %12s";
        lines.add(String.format(row, "", "inserted", "duplicate"));
        for (String kind : kinds) {
            lines.add(String.format(row, kind, String.format("%,d", inserted.getOrDefault(kind, 0L)),
                    String.format("%,d", duplicates.getOrDefault(kind, 0L))));
        }
        tally.skips().forEach(group -> lines.add("skipped " + describe(group)));
        tally.warnings().forEach(group -> lines.add("warning " + describe(group)));
        return lines;
    }

    /** New records of the job by kind ({@code records}, {@code workouts}, …, types outside the catalog by name). */
    public static Map<String, Long> inserted(ImportJobRecord job, JsonMapper json) {
        return ImportTally.fromJson(json, job.countsJson()).inserted();
    }

    /** Records of the job that were stored already, by kind. */
    public static Map<String, Long> duplicates(ImportJobRecord job, JsonMapper json) {
        return ImportTally.fromJson(json, job.countsJson()).duplicates();
    }

    /** {@code 3 × Record HKQuantityTypeIdentifierStepCount: value missing (first at line 120, column 5)}. */
    static String describe(SkipGroup group) {
        StringBuilder text = new StringBuilder().append(String.format("%,d × ", group.count()))
                .append(group.element());
        if (group.type() != null) {
            text.append(' ').append(group.type());
        }
        text.append(": ").append(group.reason());
        if (group.file() != null || group.line() > 0) {
            text.append(group.count() > 1 ? " (first" : " (");
            if (group.file() != null) {
                text.append(group.count() > 1 ? " in " : "in ").append(group.file());
            }
            if (group.line() > 0) {
                text.append(group.count() > 1 || group.file() != null ? " at line " : "at line ").append(group.line())
                        .append(", column ").append(group.column());
            }
            text.append(')');
        }
        return text.toString();
    }
}
