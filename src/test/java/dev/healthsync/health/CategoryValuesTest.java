package dev.healthsync.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryValuesTest {

    private static final String SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";
    private static final String HEADACHE = "HKCategoryTypeIdentifierHeadache";

    @ParameterizedTest
    @CsvSource({
            "HKCategoryValueSleepAnalysisInBed, 0",
            "HKCategoryValueSleepAnalysisAsleepUnspecified, 1",
            "HKCategoryValueSleepAnalysisAsleep, 1",
            "HKCategoryValueSleepAnalysisAwake, 2",
            "HKCategoryValueSleepAnalysisAsleepCore, 3",
            "HKCategoryValueSleepAnalysisAsleepDeep, 4",
            "HKCategoryValueSleepAnalysisAsleepREM, 5",
            "AsleepCore, 3",
            "asleepCore, 3",
            "ASLEEP_CORE, 3",
            "Core, 3",
            "Deep, 4",
            "REM, 5",
            "Rem, 5",
            "asleepREM, 5",
            "Asleep, 1",
            "AsleepUnspecified, 1",
            "InBed, 0",
            "in_bed, 0",
            "Awake, 2",
            "' awake ', 2",
            "4, 4",
            "'  5 ', 5"
    })
    void resolvesSleepStages(String valueName, int code) {
        assertThat(CategoryValues.code(SLEEP, valueName)).hasValue(code);
    }

    @ParameterizedTest
    @CsvSource({
            "0, HKCategoryValueSleepAnalysisInBed",
            "1, HKCategoryValueSleepAnalysisAsleepUnspecified",
            "2, HKCategoryValueSleepAnalysisAwake",
            "3, HKCategoryValueSleepAnalysisAsleepCore",
            "4, HKCategoryValueSleepAnalysisAsleepDeep",
            "5, HKCategoryValueSleepAnalysisAsleepREM"
    })
    void namesSleepStages(int code, String name) {
        assertThat(CategoryValues.name(SLEEP, code)).contains(name);
    }

    @ParameterizedTest
    @CsvSource({
            "HKCategoryTypeIdentifierAppleStandHour, HKCategoryValueAppleStandHourStood, 0",
            "HKCategoryTypeIdentifierAppleStandHour, HKCategoryValueAppleStandHourIdle, 1",
            "HKCategoryTypeIdentifierHighHeartRateEvent, HKCategoryValueNotApplicable, 0",
            "HKCategoryTypeIdentifierMindfulSession, HKCategoryValueNotApplicable, 0",
            "HKCategoryTypeIdentifierHeadache, HKCategoryValueSeverityUnspecified, 0",
            "HKCategoryTypeIdentifierHeadache, HKCategoryValueSeverityNotPresent, 1",
            "HKCategoryTypeIdentifierHeadache, HKCategoryValueSeverityMild, 2",
            "HKCategoryTypeIdentifierHeadache, HKCategoryValueSeverityModerate, 3",
            "HKCategoryTypeIdentifierFever, HKCategoryValueSeveritySevere, 4",
            "HKCategoryTypeIdentifierMoodChanges, HKCategoryValuePresencePresent, 0",
            "HKCategoryTypeIdentifierSleepChanges, HKCategoryValuePresenceNotPresent, 1",
            "HKCategoryTypeIdentifierCervicalMucusQuality, HKCategoryValueCervicalMucusQualityDry, 1",
            "HKCategoryTypeIdentifierCervicalMucusQuality, HKCategoryValueCervicalMucusQualityEggWhite, 5",
            "HKCategoryTypeIdentifierMenstrualFlow, HKCategoryValueMenstrualFlowUnspecified, 1",
            "HKCategoryTypeIdentifierMenstrualFlow, HKCategoryValueMenstrualFlowHeavy, 4",
            "HKCategoryTypeIdentifierMenstrualFlow, HKCategoryValueMenstrualFlowNone, 5",
            "HKCategoryTypeIdentifierMenstrualFlow, HKCategoryValueVaginalBleedingLight, 2",
            "HKCategoryTypeIdentifierBleedingDuringPregnancy, HKCategoryValueVaginalBleedingMedium, 3",
            "HKCategoryTypeIdentifierBleedingAfterPregnancy, HKCategoryValueMenstrualFlowLight, 2",
            "HKCategoryTypeIdentifierOvulationTestResult, HKCategoryValueOvulationTestResultNegative, 1",
            "HKCategoryTypeIdentifierOvulationTestResult, HKCategoryValueOvulationTestResultLuteinizingHormoneSurge, 2",
            "HKCategoryTypeIdentifierOvulationTestResult, HKCategoryValueOvulationTestResultPositive, 2",
            "HKCategoryTypeIdentifierOvulationTestResult, HKCategoryValueOvulationTestResultIndeterminate, 3",
            "HKCategoryTypeIdentifierOvulationTestResult, HKCategoryValueOvulationTestResultEstrogenSurge, 4",
            "HKCategoryTypeIdentifierPregnancyTestResult, HKCategoryValuePregnancyTestResultPositive, 2",
            "HKCategoryTypeIdentifierProgesteroneTestResult, HKCategoryValueProgesteroneTestResultIndeterminate, 3",
            "HKCategoryTypeIdentifierContraceptive, HKCategoryValueContraceptiveIntrauterineDevice, 4",
            "HKCategoryTypeIdentifierContraceptive, HKCategoryValueContraceptivePatch, 7",
            "HKCategoryTypeIdentifierAppetiteChanges, HKCategoryValueAppetiteChangesDecreased, 2",
            "HKCategoryTypeIdentifierAppleWalkingSteadinessEvent, "
                    + "HKCategoryValueAppleWalkingSteadinessEventRepeatVeryLow, 4",
            "HKCategoryTypeIdentifierEnvironmentalAudioExposureEvent, "
                    + "HKCategoryValueEnvironmentalAudioExposureEventMomentaryLimit, 1",
            "HKCategoryTypeIdentifierHeadphoneAudioExposureEvent, "
                    + "HKCategoryValueHeadphoneAudioExposureEventSevenDayLimit, 1",
            "HKCategoryTypeIdentifierLowCardioFitnessEvent, HKCategoryValueLowCardioFitnessEventLowFitness, 1",
            "HKCategoryTypeIdentifierMenopausalState, HKCategoryValueMenopausalStatePerimenopause, 2"
    })
    void resolvesFullEnumNamesPerType(String type, String valueName, int code) {
        assertThat(CategoryValues.code(type, valueName)).hasValue(code);
    }

    @ParameterizedTest
    @CsvSource({
            "HKCategoryTypeIdentifierHeadache, mild, 2",
            "HKCategoryTypeIdentifierHeadache, NotPresent, 1",
            "HKCategoryTypeIdentifierHeadache, not_present, 1",
            "HKCategoryTypeIdentifierAppleStandHour, stood, 0",
            "HKCategoryTypeIdentifierMenstrualFlow, Medium, 3",
            "HKCategoryTypeIdentifierOvulationTestResult, Positive, 2",
            "HKCategoryTypeIdentifierOvulationTestResult, luteinizingHormoneSurge, 2",
            "HKCategoryTypeIdentifierHandwashingEvent, NotApplicable, 0"
    })
    void resolvesBareSuffixesPerType(String type, String valueName, int code) {
        assertThat(CategoryValues.code(type, valueName)).hasValue(code);
    }

    @Test
    void roundTripsEveryCodeOfEveryCatalogCategory() {
        for (String type : CatalogEntries.CATEGORIES.keySet()) {
            for (int code = 0; code < 10; code++) {
                int expected = code;
                CategoryValues.name(type, code).ifPresent(name ->
                        assertThat(CategoryValues.code(type, name)).as(name).hasValue(expected));
            }
        }
    }

    @Test
    void namesUseTheCurrentEnumOfEachType() {
        assertThat(CategoryValues.name("HKCategoryTypeIdentifierMenstrualFlow", 2))
                .contains("HKCategoryValueMenstrualFlowLight");
        assertThat(CategoryValues.name("HKCategoryTypeIdentifierBleedingAfterPregnancy", 2))
                .contains("HKCategoryValueVaginalBleedingLight");
        assertThat(CategoryValues.name("HKCategoryTypeIdentifierOvulationTestResult", 2))
                .contains("HKCategoryValueOvulationTestResultLuteinizingHormoneSurge");
        assertThat(CategoryValues.name("HKCategoryTypeIdentifierToothbrushingEvent", 0))
                .contains("HKCategoryValueNotApplicable");
        assertThat(CategoryValues.name(HEADACHE, 3)).contains("HKCategoryValueSeverityModerate");
    }

    @Test
    void hasNoNameForUnknownCodesOrTypes() {
        assertThat(CategoryValues.name(SLEEP, 6)).isEmpty();
        assertThat(CategoryValues.name(HEADACHE, -1)).isEmpty();
        assertThat(CategoryValues.name("HKCategoryTypeIdentifierSomethingNew", 0)).isEmpty();
        assertThat(CategoryValues.name(null, 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "HKCategoryValueSeverityMild", "HKCategoryValueNotApplicable", "Mild", "Positive", "Stood", "", "  "
    })
    void refusesNamesFromAnotherTypesEnum(String valueName) {
        assertThat(CategoryValues.code(SLEEP, valueName)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(CategoryValues.code(SLEEP, null)).isEmpty();
    }

    @Test
    void passesNumbersThroughSoNewerEnumMembersSurvive() {
        assertThat(CategoryValues.code(SLEEP, "6")).hasValue(6);
        assertThat(CategoryValues.code("HKCategoryTypeIdentifierSomethingNew", "2")).hasValue(2);
    }

    @ParameterizedTest
    @CsvSource({
            "HKCategoryValueNotApplicable, 0",
            "HKCategoryValueSeverityModerate, 3",
            "HKCategoryValuePresencePresent, 0",
            "HKCategoryValuePresenceNotPresent, 1",
            "Severe, 4",
            "NotPresent, 1"
    })
    void fallsBackToGenericEnumsForTypesNewerThanTheCatalog(String valueName, int code) {
        assertThat(CategoryValues.code("HKCategoryTypeIdentifierSomethingNew", valueName)).hasValue(code);
    }

    @Test
    void refusesTypeSpecificNamesForUnknownTypes() {
        String sleepName = "HKCategoryValueSleepAnalysisAsleepCore";
        assertThat(CategoryValues.code("HKCategoryTypeIdentifierSomethingNew", sleepName)).isEmpty();
        assertThat(CategoryValues.code(null, sleepName)).isEmpty();
    }
}
