package dev.healthsync.ingest.autoexport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Workout names as the app writes them (the Workout app's names, in the phone's language) to
 * {@code HKWorkoutActivityType} identifiers. Every activity type is found by its own words ({@code Table Tennis},
 * {@code TableTennis}); the Workout app's names ({@code Outdoor Walk}, {@code Pool Swim}, {@code Mind & Body}) and
 * the common ones in German, French, Spanish, Portuguese and Dutch are listed. An indoor or outdoor word at either
 * end ({@code Indoor Walk}, {@code Gehen (im Freien)}, {@code Wandelen buiten}) sets {@code HKIndoorWorkout} and is
 * dropped before the lookup. Matched by {@link HaeMetricNames#key}. Thread-safe.
 */
final class HaeWorkoutNames {

    static final String PREFIX = "HKWorkoutActivityType";
    static final String OTHER = PREFIX + "Other";

    /** HealthKit's swimming location codes. */
    static final int POOL = 1;
    static final int OPEN_WATER = 2;

    /**
     * Every {@code HKWorkoutActivityType}, deprecated ones included ({@code Dance},
     * {@code MixedMetabolicCardioTraining}), since old workouts keep them.
     */
    private static final List<String> TYPES = List.of("AmericanFootball", "Archery", "AustralianFootball",
            "Badminton", "Baseball", "Basketball", "Bowling", "Boxing", "Climbing", "Cricket", "CrossTraining",
            "Curling", "Cycling", "Dance", "DanceInspiredTraining", "Elliptical", "EquestrianSports", "Fencing",
            "Fishing", "FunctionalStrengthTraining", "Golf", "Gymnastics", "Handball", "Hiking", "Hockey", "Hunting",
            "Lacrosse", "MartialArts", "MindAndBody", "MixedMetabolicCardioTraining", "PaddleSports", "Play",
            "PreparationAndRecovery", "Racquetball", "Rowing", "Rugby", "Running", "Sailing", "SkatingSports",
            "SnowSports", "Soccer", "Softball", "Squash", "StairClimbing", "SurfingSports", "Swimming", "TableTennis",
            "Tennis", "TrackAndField", "TraditionalStrengthTraining", "Volleyball", "Walking", "WaterFitness",
            "WaterPolo", "WaterSports", "Wrestling", "Yoga", "Barre", "CoreTraining", "CrossCountrySkiing",
            "DownhillSkiing", "Flexibility", "HighIntensityIntervalTraining", "JumpRope", "Kickboxing", "Pilates",
            "Snowboarding", "Stairs", "StepTraining", "WheelchairWalkPace", "WheelchairRunPace", "TaiChi",
            "MixedCardio", "HandCycling", "DiscSports", "FitnessGaming", "CardioDance", "SocialDance", "Pickleball",
            "Cooldown", "SwimBikeRun", "Transition", "UnderwaterDiving", "Other");

    /** Words for being outdoors or indoors, longest first so that {@code eninterior} wins over {@code interior}. */
    private static final List<String> OUTDOOR = List.of("alairelibre", "enexterieur", "allaperto", "aoarlivre",
            "imfreien", "draussen", "draußen", "exterieur", "exterior", "outdoor", "buiten");
    private static final List<String> INDOOR = List.of("eninterieur", "eninterior", "eminterior", "alchiuso",
            "interieur", "interior", "drinnen", "indoor", "binnen", "halle");

    private static final Map<String, Activity> NAMES = new HashMap<>();

    static {
        for (String type : TYPES) {
            name(type, HaeMetricNames.key(type));
        }
        // The Workout app's English names and other common spellings
        name("Walking", "walk", "walking", "gehen", "spazierengehen", "marche", "caminata", "caminar", "caminhada",
                "wandelen", "wandeling");
        name("Running", "run", "running", "jog", "jogging", "laufen", "joggen", "course", "courseapied", "carrera",
                "correr", "corrida", "hardlopen");
        name("Cycling", "cycle", "cycling", "bike", "biking", "ride", "radfahren", "radfahrt", "velo", "cyclisme",
                "ciclismo", "bicicleta", "fietsen");
        name("Swimming", "swim", "swimming", "schwimmen", "natation", "natacion", "natacao", "zwemmen");
        name("Hiking", "hike", "wandern", "randonnee", "senderismo", "caminhadanatrilha", "hiken", "wandeltocht");
        name("MindAndBody", "mindbody", "mindandbody", "geistkorper", "geistundkorper", "espritetcorps",
                "corpsetesprit", "menteycuerpo", "menteecorpo", "geestenlichaam");
        name("TraditionalStrengthTraining", "strengthtraining", "traditionelleskrafttraining",
                "traditionelleskraft", "renforcementmusculairetraditionnel", "fuerzatradicional",
                "entrenamientodefuerzatradicional", "forcatradicional", "traditionelekrachttraining");
        name("FunctionalStrengthTraining", "funktionelleskrafttraining", "renforcementmusculairefonctionnel",
                "fuerzafuncional", "entrenamientodefuerzafuncional", "forcafuncional", "functionelekrachttraining");
        name("HighIntensityIntervalTraining", "hiit", "hochintensivesintervalltraining",
                "entrainementfractionnedehauteintensite", "entrenamientodeintervalosdealtaintensidad",
                "treinointervaladodealtaintensidade", "highintensityintervaltraining");
        name("CoreTraining", "core", "entrainementdutronc", "entrenamientodelcore", "treinodocore");
        name("Dance", "tanzen", "danse", "baile", "danca", "dansen");
        name("Cooldown", "cooldown", "retouraucalme", "enfriamiento", "desaquecimento", "abkuhlen");
        name("Elliptical", "ellipsentrainer", "crosstrainer", "elliptique", "eliptica", "eliptico");
        name("Rowing", "rower", "rudern", "rameur", "aviron", "remo", "roeien");
        name("StairClimbing", "stairstepper", "treppensteigen", "escaladora", "simulateurdescalier", "traplopen");
        name("Other", "andere", "autre", "otro", "outro", "overig", "anders");
        name("SwimBikeRun", "multisport", "triathlon");
        name("SkatingSports", "skating");
        name("SurfingSports", "surfing");
        name("PaddleSports", "paddling");
        name("PreparationAndRecovery", "preparationrecovery");
        name("TrackAndField", "trackfield");
        name("WheelchairWalkPace", "wheelchairwalk");
        name("WheelchairRunPace", "wheelchairrun");
        swim(POOL, "poolswim", "beckenschwimmen", "schwimmenbecken", "natationenpiscine", "natacionenpiscina",
                "natacaoempiscina", "zwemmeninzwembad", "zwembad");
        swim(OPEN_WATER, "openwaterswim", "freiwasserschwimmen", "schwimmenfreiwasser", "natationeneaulibre",
                "natacionenaguasabiertas", "natacaoemaguasabertas", "zwemmeninopenwater", "openwater");
    }

    private HaeWorkoutNames() {
    }

    /**
     * What a workout name means.
     *
     * @param type             the {@code HKWorkoutActivityType} identifier ({@link #OTHER} for an unknown name)
     * @param indoor           {@code HKIndoorWorkout} when the name says, else null
     * @param swimmingLocation {@code HKSwimmingLocationType} (pool or open water) when the name says, else null
     * @param known            whether the name was found (else the original name is kept in metadata)
     */
    record Activity(String type, Boolean indoor, Integer swimmingLocation, boolean known) {

        Activity withIndoor(Boolean flag) {
            return new Activity(type, flag, swimmingLocation, known);
        }
    }

    static Activity resolve(String name) {
        if (name == null || name.isBlank()) {
            return new Activity(OTHER, null, null, false);
        }
        String key = HaeMetricNames.key(name);
        Activity activity = NAMES.get(key);
        if (activity != null) {
            return activity;
        }
        Activity found = stripped(key, OUTDOOR, Boolean.FALSE);
        if (found == null) {
            found = stripped(key, INDOOR, Boolean.TRUE);
        }
        return found != null ? found : new Activity(OTHER, null, null, false);
    }

    private static Activity stripped(String key, List<String> words, Boolean indoor) {
        for (String word : words) {
            String rest = null;
            if (key.length() > word.length() && key.startsWith(word)) {
                rest = key.substring(word.length());
            } else if (key.length() > word.length() && key.endsWith(word)) {
                rest = key.substring(0, key.length() - word.length());
            }
            Activity activity = rest == null ? null : NAMES.get(rest);
            if (activity != null) {
                return activity.withIndoor(indoor);
            }
        }
        return null;
    }

    private static void name(String type, String... keys) {
        for (String key : keys) {
            NAMES.put(key, new Activity(PREFIX + type, null, null, true));
        }
    }

    private static void swim(int location, String... keys) {
        for (String key : keys) {
            NAMES.put(key, new Activity(PREFIX + "Swimming", null, location, true));
        }
    }
}
