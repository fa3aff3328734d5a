package dev.healthsync.ingest.autoexport;

import dev.healthsync.ingest.autoexport.HaeMetric.Kind;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every metric name Health Auto Export writes, mapped to its HealthKit identifier. Names are matched on their
 * letters and digits only, case-insensitively, so the JSON names ({@code walking_running_distance}), the CSV column
 * names ({@code Walking + Running Distance}) and the spellings of older app versions ({@code vo2max},
 * {@code weight_body_mass}, {@code number_of_time_fallen}) all find the same entry. Thread-safe.
 */
final class HaeMetricNames {

    private static final String Q = "HKQuantityTypeIdentifier";
    private static final String C = "HKCategoryTypeIdentifier";

    /** Nutrients: the app names most without a prefix ({@code protein}), a few with it; both are accepted. */
    private static final String[][] NUTRIENTS = {
            {"dietary_energy", "DietaryEnergyConsumed", "dietary_energy_consumed", "energy_consumed"},
            {"protein", "DietaryProtein"}, {"carbohydrates", "DietaryCarbohydrates"},
            {"total_fat", "DietaryFatTotal", "fat_total", "dietary_fat_total"},
            {"saturated_fat", "DietaryFatSaturated", "fat_saturated", "dietary_fat_saturated"},
            {"monounsaturated_fat", "DietaryFatMonounsaturated", "monosaturated_fat", "fat_monounsaturated",
                    "dietary_fat_monounsaturated"},
            {"polyunsaturated_fat", "DietaryFatPolyunsaturated", "fat_polyunsaturated", "dietary_fat_polyunsaturated"},
            {"cholesterol", "DietaryCholesterol"}, {"fiber", "DietaryFiber"},
            {"dietary_sugar", "DietarySugar", "sugar"}, {"sodium", "DietarySodium"},
            {"caffeine", "DietaryCaffeine"}, {"dietary_water", "DietaryWater", "water"},
            {"biotin", "DietaryBiotin"}, {"calcium", "DietaryCalcium"}, {"chloride", "DietaryChloride"},
            {"chromium", "DietaryChromium"}, {"copper", "DietaryCopper"}, {"folate", "DietaryFolate"},
            {"iodine", "DietaryIodine"}, {"iron", "DietaryIron"}, {"magnesium", "DietaryMagnesium"},
            {"manganese", "DietaryManganese"}, {"molybdenum", "DietaryMolybdenum"}, {"niacin", "DietaryNiacin"},
            {"pantothenic_acid", "DietaryPantothenicAcid"}, {"phosphorus", "DietaryPhosphorus"},
            {"potassium", "DietaryPotassium"}, {"riboflavin", "DietaryRiboflavin"}, {"selenium", "DietarySelenium"},
            {"thiamin", "DietaryThiamin"}, {"vitamin_a", "DietaryVitaminA"}, {"vitamin_b6", "DietaryVitaminB6"},
            {"vitamin_b12", "DietaryVitaminB12"}, {"vitamin_c", "DietaryVitaminC"}, {"vitamin_d", "DietaryVitaminD"},
            {"vitamin_e", "DietaryVitaminE"}, {"vitamin_k", "DietaryVitaminK"}, {"zinc", "DietaryZinc"}};

    /** Quantity metrics: the app's name, the identifier without its prefix, then other spellings. */
    private static final String[][] QUANTITIES = {
            // Activity
            {"active_energy", "ActiveEnergyBurned", "active_energy_burned"},
            {"basal_energy_burned", "BasalEnergyBurned", "resting_energy", "basal_energy"},
            {"apple_exercise_time", "AppleExerciseTime", "exercise_time"},
            {"apple_move_time", "AppleMoveTime", "move_time"},
            {"apple_stand_time", "AppleStandTime", "stand_time"},
            {"step_count", "StepCount", "steps"},
            {"walking_running_distance", "DistanceWalkingRunning", "distance_walking_running",
                    "walking_and_running_distance"},
            {"cycling_distance", "DistanceCycling", "distance_cycling"},
            {"swimming_distance", "DistanceSwimming", "distance_swimming", "swim_distance"},
            {"wheelchair_distance", "DistanceWheelchair", "distance_wheelchair"},
            {"downhill_snow_sports_distance", "DistanceDownhillSnowSports", "downhill_snow_sports",
                    "distance_downhill_snow_sports"},
            {"rowing_distance", "DistanceRowing", "distance_rowing"},
            {"paddle_sports_distance", "DistancePaddleSports", "distance_paddle_sports"},
            {"cross_country_skiing_distance", "DistanceCrossCountrySkiing", "distance_cross_country_skiing"},
            {"skating_sports_distance", "DistanceSkatingSports", "distance_skating_sports"},
            {"flights_climbed", "FlightsClimbed"},
            {"push_count", "PushCount", "wheelchair_push_count"},
            {"swimming_stroke_count", "SwimmingStrokeCount", "swim_stroke_count"},
            {"physical_effort", "PhysicalEffort"},
            {"vo2_max", "VO2Max", "cardio_fitness"},
            {"cycling_cadence", "CyclingCadence"}, {"cycling_power", "CyclingPower"},
            {"cycling_speed", "CyclingSpeed"},
            {"cycling_functional_threshold_power", "CyclingFunctionalThresholdPower"},
            {"running_power", "RunningPower"}, {"running_speed", "RunningSpeed"},
            {"running_stride_length", "RunningStrideLength"},
            {"running_vertical_oscillation", "RunningVerticalOscillation"},
            {"running_ground_contact_time", "RunningGroundContactTime"},
            {"rowing_speed", "RowingSpeed"}, {"paddle_sports_speed", "PaddleSportsSpeed"},
            {"cross_country_skiing_speed", "CrossCountrySkiingSpeed"},
            {"underwater_depth", "UnderwaterDepth"},
            {"water_temperature", "WaterTemperature", "under_water_temperature", "underwater_temperature"},
            {"nike_fuel", "NikeFuel"},
            {"workout_effort_score", "WorkoutEffortScore"},
            {"estimated_workout_effort_score", "EstimatedWorkoutEffortScore"},
            // Body measurements
            {"body_mass", "BodyMass", "weight_body_mass", "weight"},
            {"body_fat_percentage", "BodyFatPercentage"}, {"body_mass_index", "BodyMassIndex"},
            {"height", "Height"}, {"lean_body_mass", "LeanBodyMass"},
            {"waist_circumference", "WaistCircumference"},
            {"apple_sleeping_wrist_temperature", "AppleSleepingWristTemperature", "sleeping_wrist_temperature",
                    "wrist_temperature"},
            {"electrodermal_activity", "ElectrodermalActivity"},
            // Heart
            {"resting_heart_rate", "RestingHeartRate"},
            {"walking_heart_rate_average", "WalkingHeartRateAverage", "walking_heart_rate"},
            {"heart_rate_variability", "HeartRateVariabilitySDNN", "heart_rate_variability_sdnn"},
            {"heart_rate_variability_rmssd", "HeartRateVariabilityRMSSD"},
            {"cardio_recovery", "HeartRateRecoveryOneMinute", "heart_rate_recovery",
                    "heart_rate_recovery_one_minute"},
            {"atrial_fibrillation_burden", "AtrialFibrillationBurden"},
            {"peripheral_perfusion_index", "PeripheralPerfusionIndex"},
            // Hearing
            {"headphone_audio_exposure", "HeadphoneAudioExposure", "headphone_audio"},
            {"environmental_audio_exposure", "EnvironmentalAudioExposure", "environmental_audio"},
            {"environmental_sound_reduction", "EnvironmentalSoundReduction"},
            // Mobility
            {"walking_speed", "WalkingSpeed"}, {"walking_step_length", "WalkingStepLength"},
            {"walking_asymmetry_percentage", "WalkingAsymmetryPercentage"},
            {"walking_double_support_percentage", "WalkingDoubleSupportPercentage"},
            {"six_minute_walking_test_distance", "SixMinuteWalkTestDistance", "six_minute_walk_test_distance"},
            {"stair_speed_up", "StairAscentSpeed", "stair_ascent_speed"},
            {"stair_speed_down", "StairDescentSpeed", "stair_descent_speed"},
            {"apple_walking_steadiness", "AppleWalkingSteadiness", "walking_steadiness"},
            // Respiratory
            {"respiratory_rate", "RespiratoryRate"},
            {"blood_oxygen_saturation", "OxygenSaturation", "oxygen_saturation"},
            {"forced_vital_capacity", "ForcedVitalCapacity"},
            {"forced_expiratory_volume_1", "ForcedExpiratoryVolume1", "forced_expiratory_volume"},
            {"peak_expiratory_flow_rate", "PeakExpiratoryFlowRate"},
            {"inhaler_usage", "InhalerUsage"},
            {"breathing_disturbances", "AppleSleepingBreathingDisturbances",
                    "apple_sleeping_breathing_disturbances"},
            // Vital signs
            {"body_temperature", "BodyTemperature"}, {"basal_body_temperature", "BasalBodyTemperature"},
            {"blood_glucose", "BloodGlucose"}, {"insulin_delivery", "InsulinDelivery"},
            // Other
            {"blood_alcohol_content", "BloodAlcoholContent"},
            {"number_of_alcoholic_beverages", "NumberOfAlcoholicBeverages", "alcohol_consumption",
                    "alcoholic_beverages"},
            {"number_of_times_fallen", "NumberOfTimesFallen", "number_of_time_fallen"},
            {"time_in_daylight", "TimeInDaylight"}, {"uv_exposure", "UVExposure"}};

    private static final Map<String, HaeMetric> BY_KEY = new LinkedHashMap<>();
    private static final Map<String, HaeMetric> BY_NAME = new LinkedHashMap<>();

    static {
        for (String[] row : QUANTITIES) {
            add(row, Q + row[1], Kind.QUANTITY);
        }
        for (String[] row : NUTRIENTS) {
            add(row, Q + row[1], Kind.QUANTITY);
            if (!row[0].startsWith("dietary_")) {
                alias("dietary_" + row[0], BY_NAME.get(row[0]));
            }
        }
        add(new String[] {"heart_rate", ""}, Q + "HeartRate", Kind.HEART_RATE);
        add(new String[] {"blood_pressure", ""}, HaeMetric.SYSTOLIC, Kind.BLOOD_PRESSURE);
        add(new String[] {"sleep_analysis", "", "sleep"}, C + "SleepAnalysis", Kind.SLEEP);
        add(new String[] {"apple_stand_hour", "", "stand_hour"}, C + "AppleStandHour", Kind.STAND_HOUR);
        add(new String[] {"sexual_activity", ""}, C + "SexualActivity", Kind.SEXUAL_ACTIVITY);
        add(new String[] {"mindful_minutes", "", "mindful_session", "mindfulness"}, C + "MindfulSession",
                Kind.CATEGORY_EVENT);
        add(new String[] {"handwashing", "", "handwashing_event"}, C + "HandwashingEvent", Kind.CATEGORY_EVENT);
        add(new String[] {"toothbrushing", "", "toothbrushing_event"}, C + "ToothbrushingEvent",
                Kind.CATEGORY_EVENT);
        add(new String[] {"high_heart_rate_notifications", "", "high_heart_rate_event"}, C + "HighHeartRateEvent",
                Kind.CATEGORY_EVENT);
        add(new String[] {"low_heart_rate_notifications", "", "low_heart_rate_event"}, C + "LowHeartRateEvent",
                Kind.CATEGORY_EVENT);
        add(new String[] {"irregular_heart_rate_notifications", "", "irregular_heart_rhythm_event"},
                C + "IrregularHeartRhythmEvent", Kind.CATEGORY_EVENT);
        add(new String[] {"sleep_apnea_event", "", "breathing_disturbance_event"}, C + "SleepApneaEvent",
                Kind.CATEGORY_EVENT);
    }

    private HaeMetricNames() {
    }

    /** The metric of a name in any of the accepted spellings, or null for a name this table does not know. */
    static HaeMetric find(String name) {
        return name == null ? null : BY_KEY.get(key(name));
    }

    /** Every metric once, under the app's current name. */
    static Collection<HaeMetric> all() {
        return Collections.unmodifiableCollection(BY_NAME.values());
    }

    /**
     * The letters and digits of a name, accents dropped and lower-cased: {@code Walking + Running Distance} →
     * {@code walkingrunningdistance}, {@code Entraînement} → {@code entrainement}. Every Health Auto Export name
     * table matches on this.
     */
    static String key(String name) {
        String text = name;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                text = Normalizer.normalize(name, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static void add(String[] row, String type, Kind kind) {
        HaeMetric metric = new HaeMetric(row[0], type, kind);
        BY_NAME.put(row[0], metric);
        alias(row[0], metric);
        for (int i = 2; i < row.length; i++) {
            alias(row[i], metric);
        }
    }

    private static void alias(String name, HaeMetric metric) {
        HaeMetric earlier = BY_KEY.putIfAbsent(key(name), metric);
        if (earlier != null && earlier != metric) {
            throw new IllegalStateException("metric name listed twice: " + name);
        }
    }
}
