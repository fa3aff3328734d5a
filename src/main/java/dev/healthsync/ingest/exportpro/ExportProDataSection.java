package dev.healthsync.ingest.exportpro;

import dev.healthsync.health.TypeCatalog;
import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonPaths;
import tools.jackson.core.JsonToken;

/**
 * Reads the {@code data} object: one array per HealthKit sample type, keyed by its identifier, beside the special
 * sections the guide names ({@code workouts}, {@code medicationDoseEvents}, {@code medications}; also
 * {@code characteristics} and {@code workoutRoutes} when the app nests them here). Any other key is reported as
 * ignored and stays in the raw archive for a later decoder.
 */
final class ExportProDataSection {

    static final String PATH = "data";

    private final ExportProReader in;
    private final ExportProSampleSection samples;
    private final ExportProWorkoutSection workouts;
    private final ExportProRouteSection routes;
    private final ExportProDocumentSection documents;

    ExportProDataSection(ExportProReader in, ExportProRouteSection routes, ExportProDocumentSection documents) {
        this.in = in;
        this.samples = new ExportProSampleSection(in);
        this.workouts = new ExportProWorkoutSection(in, routes);
        this.routes = routes;
        this.documents = documents;
    }

    /** Reads the object the parser is on, section by section, in body order. */
    void read() {
        String key;
        while ((key = in.nextField()) != null) {
            switch (key) {
                case "workouts" -> records(key, workouts::read);
                case "medications" -> records(key, documents::medication);
                case "medicationDoseEvents" -> records(key, documents::dose);
                case "characteristics" -> documents.characteristics(PATH, key);
                case "workoutRoutes" -> routes.read(PATH, key);
                default -> {
                    if (isSampleType(key)) {
                        String type = key;
                        records(key, path -> samples.read(path, type));
                    } else {
                        in.ignore(PATH, key);
                    }
                }
            }
        }
    }

    /**
     * Quantity and category types, known to the catalog or merely shaped like one (types newer than the catalog
     * are kept). Correlations are not: their members arrive as samples of their own types, as in export.xml.
     * Series types ({@code HKDataTypeIdentifierHeartbeatSeries}) carry no value to store as a sample.
     */
    static boolean isSampleType(String key) {
        if (TypeCatalog.find(key).isPresent()) {
            return true;
        }
        return TypeCatalog.looksLikeHealthKitIdentifier(key)
                && (key.startsWith("HKQuantityTypeIdentifier") || key.startsWith("HKCategoryTypeIdentifier"));
    }

    private void records(String key, JsonCursor.ElementReader reader) {
        if (in.section(PATH, key, JsonToken.START_ARRAY)) {
            in.eachRecord(JsonPaths.field(PATH, key), reader);
        }
    }
}
