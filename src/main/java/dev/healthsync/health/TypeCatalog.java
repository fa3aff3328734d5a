package dev.healthsync.health;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The HealthKit quantity and category types the server knows the unit and aggregation of. */
public final class TypeCatalog {

    private static final String CATEGORY_PREFIX = "HKCategoryTypeIdentifier";
    private static final Pattern HEALTHKIT_IDENTIFIER =
            Pattern.compile("HK(?:Quantity|Category|Data|Correlation)TypeIdentifier[A-Za-z0-9]+");
    /** Apple's prefix and a name: {@code HKDataTypeSleepDurationGoal} is no sample type identifier, but is exported. */
    private static final Pattern HEALTHKIT_NAME = Pattern.compile("HK[A-Za-z][A-Za-z0-9_]*");
    private static final Map<String, HealthType> ORDERED = index();
    /** Looked up for every record of an import: hashing beats the tree's string comparisons of long shared prefixes. */
    private static final Map<String, HealthType> BY_IDENTIFIER = new java.util.HashMap<>(ORDERED);

    private TypeCatalog() {
    }

    public static Optional<HealthType> find(String identifier) {
        return identifier == null ? Optional.empty() : Optional.ofNullable(BY_IDENTIFIER.get(identifier));
    }

    /** Every known type, ordered by identifier. */
    public static Collection<HealthType> all() {
        return Collections.unmodifiableCollection(ORDERED.values());
    }

    /**
     * Whether a string has the shape of a HealthKit sample type identifier, so types newer than this catalog
     * are still accepted and stored rather than dropped.
     */
    public static boolean looksLikeHealthKitIdentifier(String s) {
        return s != null && HEALTHKIT_IDENTIFIER.matcher(s).matches();
    }

    /**
     * Whether a string is named like anything HealthKit writes into an export ({@code HK} and a name): records of
     * such types are kept even when the catalog does not know them, since every iOS release adds some.
     */
    public static boolean looksLikeHealthKitName(String s) {
        return s != null && HEALTHKIT_NAME.matcher(s).matches();
    }

    /** The catalog's kind for a known type; otherwise category for the category prefix and quantity for any other. */
    public static TypeKind kindOf(String identifier) {
        return find(identifier)
                .map(HealthType::kind)
                .orElseGet(() -> identifier != null && identifier.startsWith(CATEGORY_PREFIX)
                        ? TypeKind.CATEGORY
                        : TypeKind.QUANTITY);
    }

    private static Map<String, HealthType> index() {
        Map<String, HealthType> types = new TreeMap<>();
        CatalogEntries.QUANTITIES.forEach(type -> add(types, type));
        CatalogEntries.CATEGORIES.keySet().forEach(identifier ->
                add(types, new HealthType(identifier, TypeKind.CATEGORY, null, Aggregation.DISCRETE)));
        return Collections.unmodifiableMap(types);
    }

    private static void add(Map<String, HealthType> types, HealthType type) {
        if (types.putIfAbsent(type.identifier(), type) != null) {
            throw new IllegalStateException("type listed twice in the catalog: " + type.identifier());
        }
    }
}
