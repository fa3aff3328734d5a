package dev.healthsync.query.series;

import dev.healthsync.health.TypeCatalog;
import dev.healthsync.system.InvalidParameterException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A user's ranking of sources for the merge: a default order of source names and per-type orders that replace it
 * for their type. Listed sources rank by position; sources not listed follow them in the default order of
 * {@link SourceKind}; entries made by hand in the Health app rank first unless listed.
 */
@Schema(description = "The ranking of sources used when overlapping samples of a cumulative type are merged.")
public record SourcePriority(
        @Schema(description = "Source names, highest rank first, for every type without its own order.")
        List<String> order,
        @Schema(description = "Per HealthKit type identifier, an order that replaces `order` for that type.")
        Map<String, List<String>> types) {

    static final SourcePriority DEFAULT = new SourcePriority(List.of(), Map.of());
    private static final int MAX_SOURCES = 200;

    public SourcePriority {
        order = order == null ? List.of() : List.copyOf(order);
        types = types == null ? Map.of() : Map.copyOf(new TreeMap<>(types));
    }

    /** Checks names and types, or says which field to fix. */
    SourcePriority validated() {
        check("order", order);
        for (Map.Entry<String, List<String>> entry : types.entrySet()) {
            if (TypeCatalog.find(entry.getKey()).isEmpty()) {
                throw new InvalidParameterException("types", "types." + entry.getKey()
                        + " is not a HealthKit type this server knows");
            }
            check("types." + entry.getKey(), entry.getValue());
        }
        return this;
    }

    private static void check(String field, List<String> names) {
        if (names == null) {
            throw new InvalidParameterException(field, field + " must be a list of source names");
        }
        if (names.size() > MAX_SOURCES) {
            throw new InvalidParameterException(field, field + " may list at most " + MAX_SOURCES + " sources");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new InvalidParameterException(field, field + " must not hold an empty source name");
            }
            if (!seen.add(name)) {
                throw new InvalidParameterException(field, field + " lists a source twice");
            }
        }
    }

    /** The order that applies to one type. */
    List<String> orderFor(String type) {
        return types.getOrDefault(type, order);
    }
}
