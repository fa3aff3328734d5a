package dev.healthsync.ingest.autoexport;

import dev.healthsync.health.HealthType;
import dev.healthsync.health.TypeCatalog;
import dev.healthsync.health.TypeKind;
import java.util.HashMap;
import java.util.Map;

/**
 * Names the app writes for category types and their values: sleep stages (in English and, since the app writes
 * what the phone's Health app shows, in a few other languages), symptom and cycle-tracking names, blood glucose meal
 * times and insulin delivery reasons. Matched by {@link HaeMetricNames#key}. Thread-safe.
 */
final class HaeCategoryNames {

    private static final String CATEGORY_PREFIX = "HKCategoryTypeIdentifier";

    /** Sleep stage words, localized included, to the short names {@code CategoryValues} resolves. */
    private static final Map<String, String> SLEEP_STAGES = new HashMap<>();
    /** Symptom and cycle-tracking names to category identifiers, beyond the identifiers' own words. */
    private static final Map<String, String> CATEGORY_TYPES = new HashMap<>();

    static {
        stage("InBed", "inbed", "imbett", "aulit", "encama", "nacama", "inbedde");
        stage("Asleep", "asleep", "schlafend", "schlaf", "endormi", "sommeil", "dormido", "sueno", "slapend",
                "slaap", "dormindo");
        stage("Awake", "awake", "wach", "eveille", "reveille", "despierto", "wakker", "acordado");
        stage("Core", "core", "kern", "kernschlaf", "principal", "sommeilprincipal", "leger", "sommeilleger",
                "basico", "suenobasico", "ligero", "suenoligero", "kernslaap", "lichteslaap", "sonoleve");
        stage("Deep", "deep", "tief", "tiefschlaf", "profond", "sommeilprofond", "profundo", "suenoprofundo",
                "diep", "diepeslaap", "sonoprofundo");
        stage("REM", "rem", "remschlaf", "paradoxal", "sommeilparadoxal", "suenorem", "remslaap", "sonorem");
        stage("Unspecified", "unspecified", "asleepunspecified");
        for (HealthType type : TypeCatalog.all()) {
            if (type.kind() == TypeKind.CATEGORY) {
                CATEGORY_TYPES.put(HaeMetricNames.key(type.identifier().substring(CATEGORY_PREFIX.length())),
                        type.identifier());
            }
        }
        type("MenstrualFlow", "menstruation", "period", "menstrualflow", "flow");
        type("IntermenstrualBleeding", "spotting");
        type("OvulationTestResult", "ovulationtest");
        type("CervicalMucusQuality", "cervicalmucus");
        type("PregnancyTestResult", "pregnancytest");
        type("ProgesteroneTestResult", "progesteronetest");
        type("Contraceptive", "contraceptives", "birthcontrol");
        type("GeneralizedBodyAche", "bodyandmuscleache", "bodyache", "muscleache");
        type("Coughing", "cough");
        type("RapidPoundingOrFlutteringHeartbeat", "rapidpoundingflutteringheartbeat", "palpitations");
        type("SleepChanges", "sleepchange");
        type("MoodChanges", "moodchange");
        type("AppetiteChanges", "appetitechange");
    }

    private HaeCategoryNames() {
    }

    /** {@code Core}, {@code In Bed}, {@code Tiefschlaf}… as a name {@code CategoryValues} resolves, else as given. */
    static String sleepStage(String value) {
        if (value == null) {
            return null;
        }
        String stage = SLEEP_STAGES.get(HaeMetricNames.key(value));
        return stage == null ? value : stage;
    }

    /** The category identifier of a symptom or cycle-tracking name ({@code Headache}, {@code Spotting}), or null. */
    static String categoryType(String name) {
        return name == null ? null : CATEGORY_TYPES.get(HaeMetricNames.key(name));
    }

    /** HealthKit's meal time code (1 before, 2 after a meal), null when unspecified, else the text as sent. */
    static Object mealTime(String text) {
        if (text == null) {
            return null;
        }
        return switch (HaeMetricNames.key(text)) {
            case "beforemeal", "preprandial" -> 1;
            case "aftermeal", "postprandial" -> 2;
            case "unspecified", "" -> null;
            default -> text;
        };
    }

    /** HealthKit's insulin delivery reason code (1 basal, 2 bolus), else the text as sent. */
    static Object insulinReason(String text) {
        if (text == null) {
            return null;
        }
        return switch (HaeMetricNames.key(text)) {
            case "basal" -> 1;
            case "bolus" -> 2;
            case "" -> null;
            default -> text;
        };
    }

    private static void stage(String stage, String... words) {
        for (String word : words) {
            SLEEP_STAGES.put(word, stage);
        }
    }

    private static void type(String suffix, String... names) {
        for (String name : names) {
            CATEGORY_TYPES.put(name, CATEGORY_PREFIX + suffix);
        }
    }
}
