package dev.healthsync.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    private static final double EPSILON = 1e-9;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1         | mi        | m           | 1609.344",
            "4.184     | kJ        | kcal        | 1",
            "1         | kcal      | kJ          | 4.184",
            "212       | degF      | degC        | 100",
            "98.6      | degF      | degC        | 37",
            "-40       | degC      | degF        | -40",
            "0         | degC      | K           | 273.15",
            "1         | lb        | kg          | 0.45359237",
            "1         | st        | kg          | 6.35029318",
            "1         | oz        | g           | 28.349523125",
            "5.5       | mmol/L    | mg/dL       | 99.085734",
            "90.07794  | mg/dL     | mmol/L      | 5",
            "36        | km/hr     | m/s         | 10",
            "60        | mi/hr     | m/s         | 26.8224",
            "250       | Cal       | kcal        | 250",
            "1000      | cal       | kcal        | 1",
            "10        | ft        | m           | 3.048",
            "12        | in        | ft          | 1",
            "1         | fl_oz_us  | mL          | 29.5735295625",
            "1         | cup_us    | fl_oz_us    | 8",
            "1.5       | L         | mL          | 1500",
            "120       | mmHg      | kPa         | 15.9986864898",
            "750       | mg        | g           | 0.75",
            "400       | mcg       | g           | 0.0004",
            "72        | bpm       | count/s     | 1.2",
            "1         | hr        | min         | 60",
            "350       | ms        | s           | 0.35",
            "2.5       | mcS       | S           | 0.0000025",
            "0.97      | %         | %           | 0.97",
            "7         | count     | appleEffortScore | 7"
    })
    void converts(double value, String from, String to, double expected) {
        assertThat(Units.convert(value, from, to)).isCloseTo(expected, within(EPSILON));
    }

    @Test
    void returnsTheValueUntouchedForTheSameUnit() {
        assertThat(Units.convert(0.1 + 0.2, "kcal", "Cal")).isEqualTo(0.1 + 0.2);
    }

    @Test
    void convertsHealthKitsGlucoseUnit() {
        assertThat(Units.convert(1, "mmol<180.15588000005408>/L", "mg/dL")).isCloseTo(18.015588, within(EPSILON));
        assertThat(Units.convert(1, "mmol<180.1558800000541>/L", "mg/dL")).isCloseTo(18.015588, within(EPSILON));
    }

    @Test
    void refusesUnitsOfDifferentDimensions() {
        assertThatThrownBy(() -> Units.convert(70, "kg", "m"))
                .isInstanceOf(IncompatibleUnitException.class)
                .hasMessageContaining("'kg'")
                .hasMessageContaining("'m'")
                .hasMessageNotContaining("70");
        assertThatThrownBy(() -> Units.convert(1, "count", "%")).isInstanceOf(IncompatibleUnitException.class);
        assertThatThrownBy(() -> Units.convert(1, "mmol<58.44>/L", "mg/dL"))
                .isInstanceOf(IncompatibleUnitException.class);
    }

    @Test
    void refusesUnknownUnits() {
        assertThatThrownBy(() -> Units.convert(3, "furlong", "m"))
                .isInstanceOf(IncompatibleUnitException.class)
                .hasMessageContaining("'furlong'");
        assertThatThrownBy(() -> Units.convert(3, "m", null)).isInstanceOf(IncompatibleUnitException.class);
    }

    @Test
    void knowsCanonicalUnitsAndTheirAliases() {
        assertThat(Units.isKnown("count/min")).isTrue();
        assertThat(Units.isKnown("bpm")).isTrue();
        assertThat(Units.isKnown("Cal")).isTrue();
        assertThat(Units.isKnown(" mL ")).isTrue();
        assertThat(Units.isKnown("mmol<180.15588000005408>/L")).isTrue();
        assertThat(Units.isKnown("furlong")).isFalse();
        assertThat(Units.isKnown("")).isFalse();
        assertThat(Units.isKnown(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kcal/hr·kg     | kcal/(hr*kg)",
            "kcal/(kg*hr)   | kcal/(hr*kg)",
            "ml/(kg·min)    | mL/(kg*min)",
            "mL/min·kg      | mL/(kg*min)",
            "km/h           | km/hr",
            "km/hr          | km/hr",
            "Cal            | kcal",
            "kcal           | kcal",
            "bpm            | count/min",
            "°C             | degC",
            "degC           | degC",
            "°F             | degF",
            "ml             | mL",
            "mL             | mL",
            "l              | L",
            "mg/dl          | mg/dL",
            "mmol/L         | mmol<180.15588000005408>/L",
            "µg             | mcg",
            "µS             | mcS",
            "ms             | ms",
            "mS             | mS",
            "cal            | cal"
    })
    void mapsSpellingsToHealthKits(String spelling, String expected) {
        assertThat(Units.canonicalSpelling(spelling)).isEqualTo(expected);
    }

    @Test
    void trimsKnownUnitsAndLeavesUnknownOnesAlone() {
        assertThat(Units.canonicalSpelling("  kcal\t")).isEqualTo("kcal");
        assertThat(Units.canonicalSpelling(" Cal ")).isEqualTo("kcal");
        assertThat(Units.canonicalSpelling(" furlong ")).isEqualTo(" furlong ");
        assertThat(Units.canonicalSpelling(null)).isNull();
    }
}
