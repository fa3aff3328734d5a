package dev.healthsync.ingest.autoexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.TypeCatalog;
import dev.healthsync.ingest.autoexport.HaeMetric.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HaeNamesTest {

    @Test
    void everyMetricMapsToATypeTheCatalogKnows() {
        assertThat(HaeMetricNames.all()).hasSizeGreaterThanOrEqualTo(110)
                .allSatisfy(metric -> assertThat(TypeCatalog.find(metric.type())).as(metric.name()).isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "step_count                         | HKQuantityTypeIdentifierStepCount",
            "Walking + Running Distance         | HKQuantityTypeIdentifierDistanceWalkingRunning",
            "vo2max                             | HKQuantityTypeIdentifierVO2Max",
            "VO2 Max                            | HKQuantityTypeIdentifierVO2Max",
            "weight_body_mass                   | HKQuantityTypeIdentifierBodyMass",
            "Weight & Body Mass                 | HKQuantityTypeIdentifierBodyMass",
            "Resting Energy                     | HKQuantityTypeIdentifierBasalEnergyBurned",
            "heart_rate_variability             | HKQuantityTypeIdentifierHeartRateVariabilitySDNN",
            "cardio_recovery                    | HKQuantityTypeIdentifierHeartRateRecoveryOneMinute",
            "Stair Speed: Down                  | HKQuantityTypeIdentifierStairDescentSpeed",
            "number_of_time_fallen              | HKQuantityTypeIdentifierNumberOfTimesFallen",
            "protein                            | HKQuantityTypeIdentifierDietaryProtein",
            "dietary_protein                    | HKQuantityTypeIdentifierDietaryProtein",
            "fat_total                          | HKQuantityTypeIdentifierDietaryFatTotal",
            "dietary_water                      | HKQuantityTypeIdentifierDietaryWater",
            "under_water_depth                  | HKQuantityTypeIdentifierUnderwaterDepth",
            "swim_stroke_count                  | HKQuantityTypeIdentifierSwimmingStrokeCount",
            "blood_oxygen_saturation            | HKQuantityTypeIdentifierOxygenSaturation",
            "mindful_minutes                    | HKCategoryTypeIdentifierMindfulSession",
            "sleep_analysis                     | HKCategoryTypeIdentifierSleepAnalysis",
            "apple_stand_hour                   | HKCategoryTypeIdentifierAppleStandHour"})
    void metricNamesInEverySpelling(String name, String type) {
        assertThat(HaeMetricNames.find(name).type()).isEqualTo(type);
    }

    @Test
    void specialShapes() {
        assertThat(HaeMetricNames.find("blood_pressure").kind()).isEqualTo(Kind.BLOOD_PRESSURE);
        assertThat(HaeMetricNames.find("heart_rate").kind()).isEqualTo(Kind.HEART_RATE);
        assertThat(HaeMetricNames.find("sexual_activity").kind()).isEqualTo(Kind.SEXUAL_ACTIVITY);
        assertThat(HaeMetricNames.find("no_such_metric")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Outdoor Walk                  | Walking                       | false | -",
            "Indoor Walk                   | Walking                       | true  | -",
            "Walk                          | Walking                       | -     | -",
            "Mind & Body                   | MindAndBody                   | -     | -",
            "Pool Swim                     | Swimming                      | -     | 1",
            "Open Water Swim               | Swimming                      | -     | 2",
            "Traditional Strength Training | TraditionalStrengthTraining   | -     | -",
            "High Intensity Interval Training | HighIntensityIntervalTraining | -  | -",
            "Stair Stepper                 | StairClimbing                 | -     | -",
            "Table Tennis                  | TableTennis                   | -     | -",
            "Gehen (im Freien)             | Walking                       | false | -",
            "Course en extérieur           | Running                       | false | -",
            "Caminata al aire libre        | Walking                       | false | -",
            "Wandelen buiten               | Walking                       | false | -",
            "Interior Ciclismo             | Cycling                       | true  | -",
            "Entraînement fractionné de haute intensité | HighIntensityIntervalTraining | - | -",
            "Natación en piscina           | Swimming                      | -     | 1"})
    void workoutNames(String name, String type, Boolean indoor, Integer swimmingLocation) {
        HaeWorkoutNames.Activity activity = HaeWorkoutNames.resolve(name);
        assertThat(activity.type()).isEqualTo("HKWorkoutActivityType" + type);
        assertThat(activity.indoor()).isEqualTo(indoor);
        assertThat(activity.swimmingLocation()).isEqualTo(swimmingLocation);
        assertThat(activity.known()).isTrue();
    }

    @Test
    void anUnknownWorkoutNameIsOther() {
        assertThat(HaeWorkoutNames.resolve("Quidditch"))
                .isEqualTo(new HaeWorkoutNames.Activity("HKWorkoutActivityTypeOther", null, null, false));
    }

    @ParameterizedTest
    @CsvSource({"In Bed, InBed", "InBed, InBed", "Core, Core", "Tiefschlaf, Deep", "Asleep, Asleep", "REM, REM"})
    void sleepStages(String value, String stage) {
        assertThat(HaeCategoryNames.sleepStage(value)).isEqualTo(stage);
    }
}
