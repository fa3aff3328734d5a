package dev.healthsync.health;

import static dev.healthsync.health.CategoryValues.ValueSet.APPETITE_CHANGES;
import static dev.healthsync.health.CategoryValues.ValueSet.APPLE_STAND_HOUR;
import static dev.healthsync.health.CategoryValues.ValueSet.APPLE_WALKING_STEADINESS_EVENT;
import static dev.healthsync.health.CategoryValues.ValueSet.AUDIO_EXPOSURE_EVENT;
import static dev.healthsync.health.CategoryValues.ValueSet.CERVICAL_MUCUS_QUALITY;
import static dev.healthsync.health.CategoryValues.ValueSet.CONTRACEPTIVE;
import static dev.healthsync.health.CategoryValues.ValueSet.ENVIRONMENTAL_AUDIO_EXPOSURE_EVENT;
import static dev.healthsync.health.CategoryValues.ValueSet.HEADPHONE_AUDIO_EXPOSURE_EVENT;
import static dev.healthsync.health.CategoryValues.ValueSet.LOW_CARDIO_FITNESS_EVENT;
import static dev.healthsync.health.CategoryValues.ValueSet.MENOPAUSAL_STATE;
import static dev.healthsync.health.CategoryValues.ValueSet.MENSTRUAL_FLOW;
import static dev.healthsync.health.CategoryValues.ValueSet.NOT_APPLICABLE;
import static dev.healthsync.health.CategoryValues.ValueSet.OVULATION_TEST_RESULT;
import static dev.healthsync.health.CategoryValues.ValueSet.PREGNANCY_TEST_RESULT;
import static dev.healthsync.health.CategoryValues.ValueSet.PRESENCE;
import static dev.healthsync.health.CategoryValues.ValueSet.PROGESTERONE_TEST_RESULT;
import static dev.healthsync.health.CategoryValues.ValueSet.SEVERITY;
import static dev.healthsync.health.CategoryValues.ValueSet.SLEEP_ANALYSIS;
import static dev.healthsync.health.CategoryValues.ValueSet.VAGINAL_BLEEDING;
import static java.util.Map.entry;

import dev.healthsync.health.CategoryValues.ValueSet;
import java.util.List;
import java.util.Map;

/**
 * The HealthKit quantity and category types, as HealthKit's HKTypeIdentifiers.h declares them through the
 * iOS 27 SDK, deprecated ones included because old exports still carry them.
 *
 * <p>Units and aggregation follow the header, except where the server stores a friendlier unit of the same
 * dimension: heart and respiratory rates in {@code count/min} (what export.xml writes) rather than
 * {@code count/s}, and running vertical oscillation in {@code m} rather than {@code cm}. Units are spelled
 * the way {@link Units#canonicalSpelling} spells them, e.g. {@code mL/(kg*min)} for the header's
 * {@code ml/(kg*min)}.
 */
final class CatalogEntries {

    static final List<HealthType> QUANTITIES = List.of(
            // Body measurements
            discrete("HKQuantityTypeIdentifierAppleSleepingWristTemperature", "degC"),
            discrete("HKQuantityTypeIdentifierBodyFatPercentage", "%"),
            discrete("HKQuantityTypeIdentifierBodyMass", "kg"),
            discrete("HKQuantityTypeIdentifierBodyMassIndex", "count"),
            discrete("HKQuantityTypeIdentifierElectrodermalActivity", "S"),
            discrete("HKQuantityTypeIdentifierHeight", "m"),
            discrete("HKQuantityTypeIdentifierLeanBodyMass", "kg"),
            discrete("HKQuantityTypeIdentifierWaistCircumference", "m"),
            // Fitness
            cumulative("HKQuantityTypeIdentifierActiveEnergyBurned", "kcal"),
            cumulative("HKQuantityTypeIdentifierAppleExerciseTime", "min"),
            cumulative("HKQuantityTypeIdentifierAppleMoveTime", "min"),
            cumulative("HKQuantityTypeIdentifierAppleStandTime", "min"),
            cumulative("HKQuantityTypeIdentifierBasalEnergyBurned", "kcal"),
            discrete("HKQuantityTypeIdentifierCrossCountrySkiingSpeed", "m/s"),
            discrete("HKQuantityTypeIdentifierCyclingCadence", "count/min"),
            discrete("HKQuantityTypeIdentifierCyclingFunctionalThresholdPower", "W"),
            discrete("HKQuantityTypeIdentifierCyclingPower", "W"),
            discrete("HKQuantityTypeIdentifierCyclingSpeed", "m/s"),
            cumulative("HKQuantityTypeIdentifierDistanceCrossCountrySkiing", "m"),
            cumulative("HKQuantityTypeIdentifierDistanceCycling", "m"),
            cumulative("HKQuantityTypeIdentifierDistanceDownhillSnowSports", "m"),
            cumulative("HKQuantityTypeIdentifierDistancePaddleSports", "m"),
            cumulative("HKQuantityTypeIdentifierDistanceRowing", "m"),
            cumulative("HKQuantityTypeIdentifierDistanceSkatingSports", "m"),
            cumulative("HKQuantityTypeIdentifierDistanceSwimming", "m"),
            cumulative("HKQuantityTypeIdentifierDistanceWalkingRunning", "m"),
            cumulative("HKQuantityTypeIdentifierDistanceWheelchair", "m"),
            discrete("HKQuantityTypeIdentifierEstimatedWorkoutEffortScore", "appleEffortScore"),
            cumulative("HKQuantityTypeIdentifierFlightsClimbed", "count"),
            cumulative("HKQuantityTypeIdentifierNikeFuel", "count"),
            discrete("HKQuantityTypeIdentifierPaddleSportsSpeed", "m/s"),
            discrete("HKQuantityTypeIdentifierPhysicalEffort", "kcal/(hr*kg)"),
            cumulative("HKQuantityTypeIdentifierPushCount", "count"),
            discrete("HKQuantityTypeIdentifierRowingSpeed", "m/s"),
            discrete("HKQuantityTypeIdentifierRunningPower", "W"),
            discrete("HKQuantityTypeIdentifierRunningSpeed", "m/s"),
            cumulative("HKQuantityTypeIdentifierStepCount", "count"),
            cumulative("HKQuantityTypeIdentifierSwimmingStrokeCount", "count"),
            discrete("HKQuantityTypeIdentifierUnderwaterDepth", "m"),
            discrete("HKQuantityTypeIdentifierWorkoutEffortScore", "appleEffortScore"),
            // Hearing
            discrete("HKQuantityTypeIdentifierEnvironmentalAudioExposure", "dBASPL"),
            discrete("HKQuantityTypeIdentifierEnvironmentalSoundReduction", "dBASPL"),
            discrete("HKQuantityTypeIdentifierHeadphoneAudioExposure", "dBASPL"),
            // Heart
            discrete("HKQuantityTypeIdentifierAtrialFibrillationBurden", "%"),
            discrete("HKQuantityTypeIdentifierHeartRate", "count/min"),
            discrete("HKQuantityTypeIdentifierHeartRateRecoveryOneMinute", "count/min"),
            discrete("HKQuantityTypeIdentifierHeartRateVariabilityRMSSD", "ms"),
            discrete("HKQuantityTypeIdentifierHeartRateVariabilitySDNN", "ms"),
            discrete("HKQuantityTypeIdentifierPeripheralPerfusionIndex", "%"),
            discrete("HKQuantityTypeIdentifierRestingHeartRate", "count/min"),
            discrete("HKQuantityTypeIdentifierVO2Max", "mL/(kg*min)"),
            discrete("HKQuantityTypeIdentifierWalkingHeartRateAverage", "count/min"),
            // Mobility
            discrete("HKQuantityTypeIdentifierAppleWalkingSteadiness", "%"),
            discrete("HKQuantityTypeIdentifierRunningGroundContactTime", "ms"),
            discrete("HKQuantityTypeIdentifierRunningStrideLength", "m"),
            discrete("HKQuantityTypeIdentifierRunningVerticalOscillation", "m"),
            discrete("HKQuantityTypeIdentifierSixMinuteWalkTestDistance", "m"),
            discrete("HKQuantityTypeIdentifierStairAscentSpeed", "m/s"),
            discrete("HKQuantityTypeIdentifierStairDescentSpeed", "m/s"),
            discrete("HKQuantityTypeIdentifierWalkingAsymmetryPercentage", "%"),
            discrete("HKQuantityTypeIdentifierWalkingDoubleSupportPercentage", "%"),
            discrete("HKQuantityTypeIdentifierWalkingSpeed", "m/s"),
            discrete("HKQuantityTypeIdentifierWalkingStepLength", "m"),
            // Nutrition
            cumulative("HKQuantityTypeIdentifierDietaryBiotin", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryCaffeine", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryCalcium", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryCarbohydrates", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryChloride", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryCholesterol", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryChromium", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryCopper", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryEnergyConsumed", "kcal"),
            cumulative("HKQuantityTypeIdentifierDietaryFatMonounsaturated", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryFatPolyunsaturated", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryFatSaturated", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryFatTotal", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryFiber", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryFolate", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryIodine", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryIron", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryMagnesium", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryManganese", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryMolybdenum", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryNiacin", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryPantothenicAcid", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryPhosphorus", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryPotassium", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryProtein", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryRiboflavin", "g"),
            cumulative("HKQuantityTypeIdentifierDietarySelenium", "g"),
            cumulative("HKQuantityTypeIdentifierDietarySodium", "g"),
            cumulative("HKQuantityTypeIdentifierDietarySugar", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryThiamin", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryVitaminA", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryVitaminB12", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryVitaminB6", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryVitaminC", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryVitaminD", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryVitaminE", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryVitaminK", "g"),
            cumulative("HKQuantityTypeIdentifierDietaryWater", "mL"),
            cumulative("HKQuantityTypeIdentifierDietaryZinc", "g"),
            // Other
            discrete("HKQuantityTypeIdentifierBloodAlcoholContent", "%"),
            discrete("HKQuantityTypeIdentifierBloodPressureDiastolic", "mmHg"),
            discrete("HKQuantityTypeIdentifierBloodPressureSystolic", "mmHg"),
            cumulative("HKQuantityTypeIdentifierInsulinDelivery", "IU"),
            cumulative("HKQuantityTypeIdentifierNumberOfAlcoholicBeverages", "count"),
            cumulative("HKQuantityTypeIdentifierNumberOfTimesFallen", "count"),
            cumulative("HKQuantityTypeIdentifierTimeInDaylight", "min"),
            // HealthKit gives the UV index no unit and averages it: summing an index means nothing.
            discrete("HKQuantityTypeIdentifierUVExposure", "count"),
            discrete("HKQuantityTypeIdentifierWaterTemperature", "degC"),
            // Reproductive health
            discrete("HKQuantityTypeIdentifierBasalBodyTemperature", "degC"),
            // Respiratory
            discrete("HKQuantityTypeIdentifierAppleSleepingBreathingDisturbances", "count"),
            discrete("HKQuantityTypeIdentifierForcedExpiratoryVolume1", "L"),
            discrete("HKQuantityTypeIdentifierForcedVitalCapacity", "L"),
            cumulative("HKQuantityTypeIdentifierInhalerUsage", "count"),
            discrete("HKQuantityTypeIdentifierOxygenSaturation", "%"),
            discrete("HKQuantityTypeIdentifierPeakExpiratoryFlowRate", "L/min"),
            discrete("HKQuantityTypeIdentifierRespiratoryRate", "count/min"),
            // Vital signs
            discrete("HKQuantityTypeIdentifierBloodGlucose", "mg/dL"),
            discrete("HKQuantityTypeIdentifierBodyTemperature", "degC"));

    /** Each category type with the enum its values come from. */
    static final Map<String, ValueSet> CATEGORIES = Map.ofEntries(
            // Activity, hearing, heart and mobility events
            entry("HKCategoryTypeIdentifierAppleStandHour", APPLE_STAND_HOUR),
            entry("HKCategoryTypeIdentifierAppleWalkingSteadinessEvent", APPLE_WALKING_STEADINESS_EVENT),
            entry("HKCategoryTypeIdentifierAudioExposureEvent", AUDIO_EXPOSURE_EVENT),
            entry("HKCategoryTypeIdentifierEnvironmentalAudioExposureEvent", ENVIRONMENTAL_AUDIO_EXPOSURE_EVENT),
            entry("HKCategoryTypeIdentifierHeadphoneAudioExposureEvent", HEADPHONE_AUDIO_EXPOSURE_EVENT),
            entry("HKCategoryTypeIdentifierHighHeartRateEvent", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierHypertensionEvent", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierIrregularHeartRhythmEvent", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierLowCardioFitnessEvent", LOW_CARDIO_FITNESS_EVENT),
            entry("HKCategoryTypeIdentifierLowHeartRateEvent", NOT_APPLICABLE),
            // Mindfulness, sleep and hygiene
            entry("HKCategoryTypeIdentifierHandwashingEvent", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierMindfulSession", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierSleepAnalysis", SLEEP_ANALYSIS),
            entry("HKCategoryTypeIdentifierSleepApneaEvent", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierToothbrushingEvent", NOT_APPLICABLE),
            // Reproductive health
            entry("HKCategoryTypeIdentifierBleedingAfterMenopause", VAGINAL_BLEEDING),
            entry("HKCategoryTypeIdentifierBleedingAfterPregnancy", VAGINAL_BLEEDING),
            entry("HKCategoryTypeIdentifierBleedingDuringPregnancy", VAGINAL_BLEEDING),
            entry("HKCategoryTypeIdentifierCervicalMucusQuality", CERVICAL_MUCUS_QUALITY),
            entry("HKCategoryTypeIdentifierContraceptive", CONTRACEPTIVE),
            entry("HKCategoryTypeIdentifierInfrequentMenstrualCycles", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierIntermenstrualBleeding", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierIrregularMenstrualCycles", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierLactation", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierMenopausalState", MENOPAUSAL_STATE),
            entry("HKCategoryTypeIdentifierMenstrualFlow", MENSTRUAL_FLOW),
            entry("HKCategoryTypeIdentifierOvulationTestResult", OVULATION_TEST_RESULT),
            entry("HKCategoryTypeIdentifierPersistentIntermenstrualBleeding", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierPregnancy", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierPregnancyTestResult", PREGNANCY_TEST_RESULT),
            entry("HKCategoryTypeIdentifierProgesteroneTestResult", PROGESTERONE_TEST_RESULT),
            entry("HKCategoryTypeIdentifierProlongedMenstrualPeriods", NOT_APPLICABLE),
            entry("HKCategoryTypeIdentifierSexualActivity", NOT_APPLICABLE),
            // Symptoms
            entry("HKCategoryTypeIdentifierAbdominalCramps", SEVERITY),
            entry("HKCategoryTypeIdentifierAcne", SEVERITY),
            entry("HKCategoryTypeIdentifierAppetiteChanges", APPETITE_CHANGES),
            entry("HKCategoryTypeIdentifierBladderIncontinence", SEVERITY),
            entry("HKCategoryTypeIdentifierBloating", SEVERITY),
            entry("HKCategoryTypeIdentifierBreastPain", SEVERITY),
            entry("HKCategoryTypeIdentifierChestTightnessOrPain", SEVERITY),
            entry("HKCategoryTypeIdentifierChills", SEVERITY),
            entry("HKCategoryTypeIdentifierConstipation", SEVERITY),
            entry("HKCategoryTypeIdentifierCoughing", SEVERITY),
            entry("HKCategoryTypeIdentifierDiarrhea", SEVERITY),
            entry("HKCategoryTypeIdentifierDizziness", SEVERITY),
            entry("HKCategoryTypeIdentifierDrySkin", SEVERITY),
            entry("HKCategoryTypeIdentifierFainting", SEVERITY),
            entry("HKCategoryTypeIdentifierFatigue", SEVERITY),
            entry("HKCategoryTypeIdentifierFever", SEVERITY),
            entry("HKCategoryTypeIdentifierGeneralizedBodyAche", SEVERITY),
            entry("HKCategoryTypeIdentifierHairLoss", SEVERITY),
            entry("HKCategoryTypeIdentifierHeadache", SEVERITY),
            entry("HKCategoryTypeIdentifierHeartburn", SEVERITY),
            entry("HKCategoryTypeIdentifierHotFlashes", SEVERITY),
            entry("HKCategoryTypeIdentifierLossOfSmell", SEVERITY),
            entry("HKCategoryTypeIdentifierLossOfTaste", SEVERITY),
            entry("HKCategoryTypeIdentifierLowerBackPain", SEVERITY),
            entry("HKCategoryTypeIdentifierMemoryLapse", SEVERITY),
            entry("HKCategoryTypeIdentifierMoodChanges", PRESENCE),
            entry("HKCategoryTypeIdentifierNausea", SEVERITY),
            entry("HKCategoryTypeIdentifierNightSweats", SEVERITY),
            entry("HKCategoryTypeIdentifierPelvicPain", SEVERITY),
            entry("HKCategoryTypeIdentifierRapidPoundingOrFlutteringHeartbeat", SEVERITY),
            entry("HKCategoryTypeIdentifierRunnyNose", SEVERITY),
            entry("HKCategoryTypeIdentifierShortnessOfBreath", SEVERITY),
            entry("HKCategoryTypeIdentifierSinusCongestion", SEVERITY),
            entry("HKCategoryTypeIdentifierSkippedHeartbeat", SEVERITY),
            entry("HKCategoryTypeIdentifierSleepChanges", PRESENCE),
            entry("HKCategoryTypeIdentifierSoreThroat", SEVERITY),
            entry("HKCategoryTypeIdentifierVaginalDryness", SEVERITY),
            entry("HKCategoryTypeIdentifierVomiting", SEVERITY),
            entry("HKCategoryTypeIdentifierWheezing", SEVERITY));

    private CatalogEntries() {
    }

    /** The value enum of a category type, or {@code null} when the type is not in the catalog. */
    static ValueSet valueSetOf(String categoryType) {
        return categoryType == null ? null : CATEGORIES.get(categoryType);
    }

    private static HealthType cumulative(String identifier, String unit) {
        return new HealthType(identifier, TypeKind.QUANTITY, unit, Aggregation.CUMULATIVE);
    }

    private static HealthType discrete(String identifier, String unit) {
        return new HealthType(identifier, TypeKind.QUANTITY, unit, Aggregation.DISCRETE);
    }
}
