package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.SourceInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Health Auto Export's {@code source} strings. A point merged from several sources names them all, joined with
 * {@code |} ({@code Will’s Apple Watch|iPhone}): the joined string stays the source's name, because identity keys
 * use it and the same merge yields the same string again, and the single names go into metadata under
 * {@value #METADATA_KEY} so nothing is lost.
 */
final class HaeSources {

    static final String METADATA_KEY = "HAESources";

    private HaeSources() {
    }

    /** The source named by {@code text}, or {@link SourceInfo#UNKNOWN} when there is none. */
    static SourceInfo info(String text) {
        if (text == null || text.isBlank()) {
            return SourceInfo.UNKNOWN;
        }
        return new SourceInfo(text.strip(), null, null);
    }

    /** The single names of a joined source, or null when it names one source or none. */
    static List<String> joined(String text) {
        if (text == null || text.indexOf('|') < 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String part : text.split("\\|")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names.size() > 1 ? List.copyOf(names) : null;
    }

    /** Adds the single names of a joined source to metadata being built. */
    static void addTo(HaeJson.Obj metadata, String text) {
        metadata.put(METADATA_KEY, joined(text));
    }
}
