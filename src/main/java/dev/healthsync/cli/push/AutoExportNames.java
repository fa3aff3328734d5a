package dev.healthsync.cli.push;

import java.util.HashMap;
import java.util.Map;

/**
 * The Health Auto Export metric name of each HealthKit type the app exports, and the shape of its points: the
 * reverse of the server's name table (which is private to its decoder; {@code AutoExportEncoderTest} checks that
 * every name here decodes back to its type). Types not listed here cannot be sent in this format.
 */
final class AutoExportNames {

    /** How a type's points are written. */
    enum Shape {
        /** {@code {date, qty}}. */
        QUANTITY,
        /** {@code {date, Min, Avg, Max}}, as the app writes heart rate. */
        HEART_RATE,
        /** {@code {date, systolic, diastolic}}. */
        BLOOD_PRESSURE,
        /** {@code {startDate, endDate, value: "Core"}}. */
        SLEEP,
        /** {@code {startDate, endDate, qty: 1|0}}: stood or idle. */
        STAND_HOUR,
        /** {@code {startDate, endDate}} of a category type without values (mindful session, handwashing). */
        EVENT
    }

    /** A metric name and how its points are written. */
    record Metric(String name, Shape shape) {
    }

    private static final String Q = "HKQuantityTypeIdentifier";
    private static final String C = "HKCategoryTypeIdentifier";
    private static final Map<String, Metric> BY_TYPE = new HashMap<>();

    static {
        quantities("ActiveEnergyBurned", "active_energy", "BasalEnergyBurned", "basal_energy_burned",
                "AppleExerciseTime", "apple_exercise_time", "AppleMoveTime", "apple_move_time",
                "AppleStandTime", "apple_stand_time", "StepCount", "step_count",
                "DistanceWalkingRunning", "walking_running_distance", "DistanceCycling", "cycling_distance",
                "DistanceSwimming", "swimming_distance", "DistanceWheelchair", "wheelchair_distance",
                "DistanceDownhillSnowSports", "downhill_snow_sports_distance", "DistanceRowing", "rowing_distance",
                "DistancePaddleSports", "paddle_sports_distance",
                "DistanceCrossCountrySkiing", "cross_country_skiing_distance",
                "DistanceSkatingSports", "skating_sports_distance", "FlightsClimbed", "flights_climbed",
                "PushCount", "push_count", "SwimmingStrokeCount", "swimming_stroke_count",
                "PhysicalEffort", "physical_effort", "VO2Max", "vo2_max", "CyclingCadence", "cycling_cadence",
                "CyclingPower", "cycling_power", "CyclingSpeed", "cycling_speed",
                "CyclingFunctionalThresholdPower", "cycling_functional_threshold_power",
                "RunningPower", "running_power", "RunningSpeed", "running_speed",
                "RunningStrideLength", "running_stride_length",
                "RunningVerticalOscillation", "running_vertical_oscillation",
                "RunningGroundContactTime", "running_ground_contact_time", "RowingSpeed", "rowing_speed",
                "PaddleSportsSpeed", "paddle_sports_speed", "CrossCountrySkiingSpeed", "cross_country_skiing_speed",
                "UnderwaterDepth", "underwater_depth", "WaterTemperature", "water_temperature",
                "NikeFuel", "nike_fuel", "WorkoutEffortScore", "workout_effort_score",
                "EstimatedWorkoutEffortScore", "estimated_workout_effort_score");
        quantities("BodyMass", "body_mass", "BodyFatPercentage", "body_fat_percentage",
                "BodyMassIndex", "body_mass_index", "Height", "height", "LeanBodyMass", "lean_body_mass",
                "WaistCircumference", "waist_circumference",
                "AppleSleepingWristTemperature", "apple_sleeping_wrist_temperature",
                "ElectrodermalActivity", "electrodermal_activity", "RestingHeartRate", "resting_heart_rate",
                "WalkingHeartRateAverage", "walking_heart_rate_average",
                "HeartRateVariabilitySDNN", "heart_rate_variability",
                "HeartRateVariabilityRMSSD", "heart_rate_variability_rmssd",
                "HeartRateRecoveryOneMinute", "cardio_recovery",
                "AtrialFibrillationBurden", "atrial_fibrillation_burden",
                "PeripheralPerfusionIndex", "peripheral_perfusion_index",
                "HeadphoneAudioExposure", "headphone_audio_exposure",
                "EnvironmentalAudioExposure", "environmental_audio_exposure",
                "EnvironmentalSoundReduction", "environmental_sound_reduction", "WalkingSpeed", "walking_speed",
                "WalkingStepLength", "walking_step_length",
                "WalkingAsymmetryPercentage", "walking_asymmetry_percentage",
                "WalkingDoubleSupportPercentage", "walking_double_support_percentage",
                "SixMinuteWalkTestDistance", "six_minute_walking_test_distance",
                "StairAscentSpeed", "stair_speed_up", "StairDescentSpeed", "stair_speed_down",
                "AppleWalkingSteadiness", "apple_walking_steadiness");
        quantities("RespiratoryRate", "respiratory_rate", "OxygenSaturation", "blood_oxygen_saturation",
                "ForcedVitalCapacity", "forced_vital_capacity", "ForcedExpiratoryVolume1", "forced_expiratory_volume_1",
                "PeakExpiratoryFlowRate", "peak_expiratory_flow_rate", "InhalerUsage", "inhaler_usage",
                "AppleSleepingBreathingDisturbances", "breathing_disturbances",
                "BodyTemperature", "body_temperature", "BasalBodyTemperature", "basal_body_temperature",
                "BloodGlucose", "blood_glucose", "InsulinDelivery", "insulin_delivery",
                "BloodAlcoholContent", "blood_alcohol_content",
                "NumberOfAlcoholicBeverages", "number_of_alcoholic_beverages",
                "NumberOfTimesFallen", "number_of_times_fallen", "TimeInDaylight", "time_in_daylight",
                "UVExposure", "uv_exposure");
        quantities("DietaryEnergyConsumed", "dietary_energy", "DietaryProtein", "protein",
                "DietaryCarbohydrates", "carbohydrates", "DietaryFatTotal", "total_fat",
                "DietaryFatSaturated", "saturated_fat", "DietaryFatMonounsaturated", "monounsaturated_fat",
                "DietaryFatPolyunsaturated", "polyunsaturated_fat", "DietaryCholesterol", "cholesterol",
                "DietaryFiber", "fiber", "DietarySugar", "dietary_sugar", "DietarySodium", "sodium",
                "DietaryCaffeine", "caffeine", "DietaryWater", "dietary_water", "DietaryBiotin", "biotin",
                "DietaryCalcium", "calcium", "DietaryChloride", "chloride", "DietaryChromium", "chromium",
                "DietaryCopper", "copper", "DietaryFolate", "folate", "DietaryIodine", "iodine", "DietaryIron", "iron",
                "DietaryMagnesium", "magnesium", "DietaryManganese", "manganese", "DietaryMolybdenum", "molybdenum",
                "DietaryNiacin", "niacin", "DietaryPantothenicAcid", "pantothenic_acid",
                "DietaryPhosphorus", "phosphorus", "DietaryPotassium", "potassium", "DietaryRiboflavin", "riboflavin",
                "DietarySelenium", "selenium", "DietaryThiamin", "thiamin", "DietaryVitaminA", "vitamin_a",
                "DietaryVitaminB6", "vitamin_b6", "DietaryVitaminB12", "vitamin_b12", "DietaryVitaminC", "vitamin_c",
                "DietaryVitaminD", "vitamin_d", "DietaryVitaminE", "vitamin_e", "DietaryVitaminK", "vitamin_k",
                "DietaryZinc", "zinc");
        BY_TYPE.put(Q + "HeartRate", new Metric("heart_rate", Shape.HEART_RATE));
        BY_TYPE.put(Q + "BloodPressureSystolic", new Metric("blood_pressure", Shape.BLOOD_PRESSURE));
        BY_TYPE.put(Q + "BloodPressureDiastolic", new Metric("blood_pressure", Shape.BLOOD_PRESSURE));
        BY_TYPE.put(C + "SleepAnalysis", new Metric("sleep_analysis", Shape.SLEEP));
        BY_TYPE.put(C + "AppleStandHour", new Metric("apple_stand_hour", Shape.STAND_HOUR));
        events(C + "MindfulSession", "mindful_minutes", C + "HandwashingEvent", "handwashing",
                C + "ToothbrushingEvent", "toothbrushing", C + "HighHeartRateEvent", "high_heart_rate_notifications",
                C + "LowHeartRateEvent", "low_heart_rate_notifications",
                C + "IrregularHeartRhythmEvent", "irregular_heart_rate_notifications",
                C + "SleepApneaEvent", "sleep_apnea_event", C + "SexualActivity", "sexual_activity");
    }

    private AutoExportNames() {
    }

    /** The metric a HealthKit type is sent as, or null when the app has none for it. */
    static Metric of(String type) {
        return type == null ? null : BY_TYPE.get(type);
    }

    /** Every type this table can send, for the test that decodes each one. */
    static Map<String, Metric> all() {
        return Map.copyOf(BY_TYPE);
    }

    /** Pairs of identifier suffix and metric name. */
    private static void quantities(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            BY_TYPE.put(Q + pairs[i], new Metric(pairs[i + 1], Shape.QUANTITY));
        }
    }

    private static void events(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            BY_TYPE.put(pairs[i], new Metric(pairs[i + 1], Shape.EVENT));
        }
    }
}
