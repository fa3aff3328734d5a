package dev.healthsync.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypeCatalogTest {

    @Test
    void holdsEveryQuantityAndCategoryTypeOnce() {
        assertThat(TypeCatalog.all()).hasSize(193);
        assertThat(TypeCatalog.all()).filteredOn(t -> t.kind() == TypeKind.QUANTITY).hasSize(121);
        assertThat(TypeCatalog.all()).filteredOn(t -> t.kind() == TypeKind.CATEGORY).hasSize(72);
        assertThat(TypeCatalog.all()).extracting(HealthType::identifier).doesNotHaveDuplicates();
        assertThat(CatalogEntries.QUANTITIES.size() + CatalogEntries.CATEGORIES.size()).isEqualTo(193);
    }

    @Test
    void containsTheTypesAppsSendMost() {
        List<String> expected = List.of(
                "HKQuantityTypeIdentifierStepCount",
                "HKQuantityTypeIdentifierDistanceWalkingRunning",
                "HKQuantityTypeIdentifierActiveEnergyBurned",
                "HKQuantityTypeIdentifierBasalEnergyBurned",
                "HKQuantityTypeIdentifierFlightsClimbed",
                "HKQuantityTypeIdentifierAppleExerciseTime",
                "HKQuantityTypeIdentifierHeartRate",
                "HKQuantityTypeIdentifierRestingHeartRate",
                "HKQuantityTypeIdentifierHeartRateVariabilitySDNN",
                "HKQuantityTypeIdentifierOxygenSaturation",
                "HKQuantityTypeIdentifierBodyMass",
                "HKQuantityTypeIdentifierHeight",
                "HKQuantityTypeIdentifierVO2Max",
                "HKQuantityTypeIdentifierDietaryWater",
                "HKQuantityTypeIdentifierDietaryEnergyConsumed",
                "HKQuantityTypeIdentifierBloodGlucose",
                "HKQuantityTypeIdentifierBloodPressureSystolic",
                "HKQuantityTypeIdentifierEnvironmentalAudioExposure",
                "HKQuantityTypeIdentifierHeadphoneAudioExposure",
                "HKQuantityTypeIdentifierWalkingSpeed",
                "HKQuantityTypeIdentifierAppleSleepingWristTemperature",
                "HKQuantityTypeIdentifierTimeInDaylight",
                "HKQuantityTypeIdentifierPhysicalEffort",
                "HKQuantityTypeIdentifierWorkoutEffortScore",
                "HKQuantityTypeIdentifierEstimatedWorkoutEffortScore",
                "HKQuantityTypeIdentifierRunningPower",
                "HKQuantityTypeIdentifierCyclingPower",
                "HKQuantityTypeIdentifierDistanceRowing",
                "HKQuantityTypeIdentifierDistancePaddleSports",
                "HKQuantityTypeIdentifierCrossCountrySkiingSpeed",
                "HKQuantityTypeIdentifierAtrialFibrillationBurden",
                "HKQuantityTypeIdentifierHeartRateRecoveryOneMinute",
                "HKQuantityTypeIdentifierAppleWalkingSteadiness",
                "HKQuantityTypeIdentifierSixMinuteWalkTestDistance",
                "HKQuantityTypeIdentifierDietaryVitaminB12",
                "HKQuantityTypeIdentifierDietaryCaffeine",
                "HKQuantityTypeIdentifierInsulinDelivery",
                "HKQuantityTypeIdentifierNumberOfTimesFallen",
                "HKQuantityTypeIdentifierUnderwaterDepth",
                "HKQuantityTypeIdentifierAppleSleepingBreathingDisturbances",
                "HKQuantityTypeIdentifierBasalBodyTemperature",
                "HKCategoryTypeIdentifierSleepAnalysis",
                "HKCategoryTypeIdentifierMindfulSession",
                "HKCategoryTypeIdentifierAppleStandHour",
                "HKCategoryTypeIdentifierHighHeartRateEvent",
                "HKCategoryTypeIdentifierLowCardioFitnessEvent",
                "HKCategoryTypeIdentifierAppleWalkingSteadinessEvent",
                "HKCategoryTypeIdentifierHandwashingEvent",
                "HKCategoryTypeIdentifierHeadache",
                "HKCategoryTypeIdentifierRapidPoundingOrFlutteringHeartbeat",
                "HKCategoryTypeIdentifierMenstrualFlow",
                "HKCategoryTypeIdentifierBleedingDuringPregnancy",
                "HKCategoryTypeIdentifierSleepChanges",
                "HKCategoryTypeIdentifierSleepApneaEvent");
        assertThat(TypeCatalog.all()).extracting(HealthType::identifier).containsAll(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "HKQuantityTypeIdentifierStepCount, count, CUMULATIVE",
            "HKQuantityTypeIdentifierDistanceWalkingRunning, m, CUMULATIVE",
            "HKQuantityTypeIdentifierActiveEnergyBurned, kcal, CUMULATIVE",
            "HKQuantityTypeIdentifierAppleExerciseTime, min, CUMULATIVE",
            "HKQuantityTypeIdentifierTimeInDaylight, min, CUMULATIVE",
            "HKQuantityTypeIdentifierDietaryWater, mL, CUMULATIVE",
            "HKQuantityTypeIdentifierDietaryVitaminC, g, CUMULATIVE",
            "HKQuantityTypeIdentifierInsulinDelivery, IU, CUMULATIVE",
            "HKQuantityTypeIdentifierSwimmingStrokeCount, count, CUMULATIVE",
            "HKQuantityTypeIdentifierHeartRate, count/min, DISCRETE",
            "HKQuantityTypeIdentifierRespiratoryRate, count/min, DISCRETE",
            "HKQuantityTypeIdentifierHeartRateVariabilitySDNN, ms, DISCRETE",
            "HKQuantityTypeIdentifierOxygenSaturation, %, DISCRETE",
            "HKQuantityTypeIdentifierBodyMass, kg, DISCRETE",
            "HKQuantityTypeIdentifierHeight, m, DISCRETE",
            "HKQuantityTypeIdentifierRunningVerticalOscillation, m, DISCRETE",
            "HKQuantityTypeIdentifierVO2Max, mL/(kg*min), DISCRETE",
            "HKQuantityTypeIdentifierBloodGlucose, mg/dL, DISCRETE",
            "HKQuantityTypeIdentifierBloodPressureSystolic, mmHg, DISCRETE",
            "HKQuantityTypeIdentifierBodyTemperature, degC, DISCRETE",
            "HKQuantityTypeIdentifierWalkingSpeed, m/s, DISCRETE",
            "HKQuantityTypeIdentifierWalkingDoubleSupportPercentage, %, DISCRETE",
            "HKQuantityTypeIdentifierEnvironmentalAudioExposure, dBASPL, DISCRETE",
            "HKQuantityTypeIdentifierPhysicalEffort, kcal/(hr*kg), DISCRETE",
            "HKQuantityTypeIdentifierWorkoutEffortScore, appleEffortScore, DISCRETE",
            "HKQuantityTypeIdentifierRunningPower, W, DISCRETE",
            "HKQuantityTypeIdentifierElectrodermalActivity, S, DISCRETE",
            "HKQuantityTypeIdentifierPeakExpiratoryFlowRate, L/min, DISCRETE",
            "HKQuantityTypeIdentifierUVExposure, count, DISCRETE"
    })
    void knowsUnitAndAggregationOfQuantities(String identifier, String unit, Aggregation aggregation) {
        assertThat(TypeCatalog.find(identifier))
                .contains(new HealthType(identifier, TypeKind.QUANTITY, unit, aggregation));
    }

    @Test
    void categoriesHaveNoUnitAndAreDiscrete() {
        assertThat(TypeCatalog.find("HKCategoryTypeIdentifierSleepAnalysis")).contains(new HealthType(
                "HKCategoryTypeIdentifierSleepAnalysis", TypeKind.CATEGORY, null, Aggregation.DISCRETE));
        assertThat(TypeCatalog.all()).filteredOn(t -> t.kind() == TypeKind.CATEGORY)
                .allSatisfy(t -> {
                    assertThat(t.canonicalUnit()).isNull();
                    assertThat(t.aggregation()).isEqualTo(Aggregation.DISCRETE);
                });
    }

    @Test
    void everyQuantityUnitIsConvertibleAndSpelledCanonically() {
        assertThat(TypeCatalog.all()).filteredOn(t -> t.kind() == TypeKind.QUANTITY).allSatisfy(t -> {
            assertThat(Units.isKnown(t.canonicalUnit())).as(t.identifier()).isTrue();
            assertThat(Units.canonicalSpelling(t.canonicalUnit())).isEqualTo(t.canonicalUnit());
        });
    }

    @Test
    void everyCategoryHasAValueEnum() {
        assertThat(TypeCatalog.all()).filteredOn(t -> t.kind() == TypeKind.CATEGORY)
                .allSatisfy(t -> assertThat(CategoryValues.name(t.identifier(), 0).isPresent()
                        || CategoryValues.name(t.identifier(), 1).isPresent()).as(t.identifier()).isTrue());
    }

    @Test
    void unknownIdentifiersAreNotFound() {
        assertThat(TypeCatalog.find("HKQuantityTypeIdentifierStepcount")).isEmpty();
        assertThat(TypeCatalog.find(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "HKQuantityTypeIdentifierStepCount",
            "HKQuantityTypeIdentifierSomethingFromIOS30",
            "HKCategoryTypeIdentifierNewEvent2",
            "HKDataTypeIdentifierHeartbeatSeries",
            "HKCorrelationTypeIdentifierBloodPressure"
    })
    void recognisesTheShapeOfHealthKitIdentifiers(String identifier) {
        assertThat(TypeCatalog.looksLikeHealthKitIdentifier(identifier)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "StepCount", "HKQuantityTypeIdentifier", "HKQuantityTypeIdentifierStep Count",
            "HKQuantityTypeIdentifierStep_Count", "HKWorkoutTypeIdentifier", "hkquantitytypeidentifierstepcount",
            " HKQuantityTypeIdentifierStepCount", "HKCharacteristicTypeIdentifierDateOfBirth"
    })
    void rejectsOtherStrings(String identifier) {
        assertThat(TypeCatalog.looksLikeHealthKitIdentifier(identifier)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(TypeCatalog.looksLikeHealthKitIdentifier(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "HKQuantityTypeIdentifierStepCount, QUANTITY",
            "HKCategoryTypeIdentifierSleepAnalysis, CATEGORY",
            "HKCategoryTypeIdentifierSomethingNew, CATEGORY",
            "HKQuantityTypeIdentifierSomethingNew, QUANTITY",
            "HKCorrelationTypeIdentifierBloodPressure, QUANTITY",
            "whatever, QUANTITY"
    })
    void tellsTheKindFromTheCatalogOrThePrefix(String identifier, TypeKind kind) {
        assertThat(TypeCatalog.kindOf(identifier)).isEqualTo(kind);
    }
}
