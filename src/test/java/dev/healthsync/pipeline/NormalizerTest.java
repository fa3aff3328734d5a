package dev.healthsync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.storage.SampleRow;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private static final Moment START = Moment.of(OffsetDateTime.parse("2025-03-04T07:31:05+01:00"));
    private static final Moment END = Moment.of(OffsetDateTime.parse("2025-03-04T07:41:05+01:00"));

    private final Normalizer normalizer = new Normalizer();

    @Test
    void convertsToTheCanonicalUnitAndKeepsWhatWasSent() {
        SampleRow row = normalizer.sample(raw("HKQuantityTypeIdentifierDistanceWalkingRunning", 1.5, null, "mi"))
                .value();
        assertThat(row.value()).isEqualTo(2414.016);
        assertThat(row.unit()).isEqualTo("m");
        assertThat(row.originalValue()).isEqualTo(1.5);
        assertThat(row.originalUnit()).isEqualTo("mi");
    }

    @Test
    void aValueInTheCanonicalUnitKeepsNoCopy() {
        SampleRow row = normalizer.sample(raw("HKQuantityTypeIdentifierHeartRate", 64.0, null, "count/min")).value();
        assertThat(row.value()).isEqualTo(64.0);
        assertThat(row.originalValue()).isNull();
        assertThat(row.originalUnit()).isNull();
    }

    @Test
    void resolvesCategoryValueNamesToHealthKitCodes() {
        SampleRow byName = normalizer.sample(raw("HKCategoryTypeIdentifierSleepAnalysis", null,
                "HKCategoryValueSleepAnalysisAsleepCore", null)).value();
        SampleRow byCode = normalizer.sample(raw("HKCategoryTypeIdentifierSleepAnalysis", 3.0, null, null)).value();
        assertThat(byName.value()).isEqualTo(3.0);
        assertThat(byName.textValue()).isEqualTo("HKCategoryValueSleepAnalysisAsleepCore");
        assertThat(byCode.textValue()).isEqualTo("HKCategoryValueSleepAnalysisAsleepCore");
        assertThat(byName.identityKey()).isEqualTo(byCode.identityKey());
    }

    @Test
    void theSameRecordInAnotherUnitOrSpellingHasTheSameIdentity() {
        SampleRow meters = normalizer.sample(raw("HKQuantityTypeIdentifierDistanceWalkingRunning", 5012.4, null, "m"))
                .value();
        SampleRow kilometers = normalizer.sample(raw("HKQuantityTypeIdentifierDistanceWalkingRunning", 5.0124, null,
                "km")).value();
        assertThat(kilometers.identityKey()).isEqualTo(meters.identityKey());

        RawSample curly = new RawSample("samples[0]", null, "HKQuantityTypeIdentifierStepCount", 12.0, null, "count",
                START, END, new SourceInfo("Ana’s iPhone", null, null), null, null);
        RawSample straight = new RawSample("samples[0]", "some-uuid", "HKQuantityTypeIdentifierStepCount", 12.0, null,
                "count", START, END, new SourceInfo("ana's iphone ", "com.apple.health", "18.2"), null, null);
        assertThat(normalizer.sample(curly).value().identityKey())
                .isEqualTo(normalizer.sample(straight).value().identityKey());
    }

    @Test
    void differentValuesOrTimesHaveDifferentIdentities() {
        byte[] a = normalizer.sample(raw("HKQuantityTypeIdentifierStepCount", 12.0, null, "count")).value()
                .identityKey();
        byte[] b = normalizer.sample(raw("HKQuantityTypeIdentifierStepCount", 13.0, null, "count")).value()
                .identityKey();
        assertThat(a).isNotEqualTo(b);
        assertThat(a).hasSize(16);
    }

    @Test
    void rejectsWithThePathOfTheOffendingField() {
        assertThat(normalizer.sample(raw("HKQuantityTypeIdentifierStepCount", null, "twelve", "count")).rejection())
                .isEqualTo(new Rejection("samples[0].value", "not a number"));
        assertThat(normalizer.sample(raw("Steps", 1.0, null, "count")).rejection())
                .isEqualTo(new Rejection("samples[0].type", "unknown type"));
        assertThat(normalizer.sample(raw("HKQuantityTypeIdentifierStepCount", 1.0, null, "kg")).rejection().path())
                .isEqualTo("samples[0].unit");
        assertThat(normalizer.sample(raw("HKCategoryTypeIdentifierSleepAnalysis", null, "Dozing", null)).rejection())
                .isEqualTo(new Rejection("samples[0].value", "not a value of this category type"));
        RawSample backwards = new RawSample("samples[0]", null, "HKQuantityTypeIdentifierStepCount", 1.0, null,
                "count", END, START, SourceInfo.UNKNOWN, null, null);
        assertThat(normalizer.sample(backwards).rejection())
                .isEqualTo(new Rejection("samples[0].endDate", "ends before it starts"));
    }

    @Test
    void acceptsATypeNewerThanTheCatalogWithItsOwnUnit() {
        SampleRow row = normalizer.sample(raw("HKQuantityTypeIdentifierSomethingFromIOS30", 2.5, null, "count"))
                .value();
        assertThat(row.unit()).isEqualTo("count");
        assertThat(row.value()).isEqualTo(2.5);
    }

    @Test
    void aCategoryRecordWithoutValueTakesItsTypesOnlyValueOrNone() {
        SampleRow low = normalizer.sample(raw("HKCategoryTypeIdentifierLowHeartRateEvent", null, null, null)).value();
        assertThat(low.value()).isZero();
        assertThat(low.textValue()).isEqualTo("HKCategoryValueNotApplicable");
        SampleRow future = normalizer.sample(raw("HKCategoryTypeIdentifierSomethingFromIOS30", null, null, null))
                .value();
        assertThat(future.value()).isNull();
        assertThat(future.textValue()).isNull();
        assertThat(normalizer.sample(raw("HKCategoryTypeIdentifierSleepAnalysis", null, null, null)).rejection())
                .as("a type of several values needs one").isEqualTo(new Rejection("samples[0].value", "missing"));
    }

    @Test
    void aTypeOutsideTheCatalogKeepsItsValueAsSentAndTextValuesHaveTheirOwnIdentity() {
        SampleRow goal = normalizer.sample(raw("HKDataTypeSleepDurationGoal", 28800.0, null, "s")).value();
        assertThat(goal.value()).isEqualTo(28800.0);
        assertThat(goal.unit()).isEqualTo("s");
        SampleRow bright = normalizer.sample(raw("HKQuantityTypeIdentifierMoodBrightness", null, "bright", "lux"))
                .value();
        SampleRow dim = normalizer.sample(raw("HKQuantityTypeIdentifierMoodBrightness", null, "dim", "lux")).value();
        assertThat(bright.value()).isNull();
        assertThat(bright.textValue()).isEqualTo("bright");
        assertThat(bright.unit()).isEqualTo("lux");
        assertThat(bright.identityKey()).isNotEqualTo(dim.identityKey());
    }

    @Test
    void rejectionsSayWhatWasWrongForTheImportReport() {
        Normalizer.Outcome<SampleRow> unit = normalizer.sample(raw("HKQuantityTypeIdentifierStepCount", 1.0, null,
                "bananas"));
        assertThat(unit.problem()).isEqualTo("unit unknown: bananas");
        assertThat(unit.type()).isEqualTo("HKQuantityTypeIdentifierStepCount");
        assertThat(normalizer.sample(raw("HKQuantityTypeIdentifierStepCount", 1.0, null, "kg")).problem())
                .isEqualTo("unit kg is not a unit of count");
        assertThat(normalizer.sample(raw("HKQuantityTypeIdentifierStepCount", null, null, "count")).problem())
                .isEqualTo("value missing");
    }

    private static RawSample raw(String type, Double value, String text, String unit) {
        return new RawSample("samples[0]", null, type, value, text, unit, START, END, SourceInfo.UNKNOWN, null, null);
    }
}
