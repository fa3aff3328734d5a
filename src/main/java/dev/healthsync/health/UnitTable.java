package dev.healthsync.health;

import static java.util.Map.entry;

import java.util.Map;

/** The units the server converts, keyed by HealthKit's spelling, and the other spellings apps send for them. */
final class UnitTable {

    /** Molar mass of glucose in g/mol, which HealthKit writes into its mmol/L unit. */
    static final double GLUCOSE_MOLAR_MASS = 180.15588;
    static final String GLUCOSE_MMOL_PER_L = "mmol<180.15588000005408>/L";

    private static final double MMHG_IN_PA = 133.322387415;

    enum Dimension {
        SCALAR, FRACTION, FREQUENCY, LENGTH, MASS, ENERGY, TEMPERATURE, PRESSURE, VOLUME, VOLUME_FLOW, TIME, SPEED,
        SOUND_LEVEL, HEARING_LEVEL, OXYGEN_UPTAKE, METABOLIC_RATE, POWER, BLOOD_GLUCOSE, INSULIN, CONDUCTANCE
    }

    /**
     * A unit as {@code base = (value + offset) * numerator / denominator} in its dimension's base unit. Keeping
     * the factor as a fraction lets conversions like km/hr to m/s and degF to degC come out exact.
     */
    record Unit(Dimension dimension, double numerator, double denominator, double offset) {

        double toBase(double value) {
            return (value + offset) * numerator / denominator;
        }

        double fromBase(double base) {
            return base * denominator / numerator - offset;
        }
    }

    static final Map<String, Unit> UNITS = Map.ofEntries(
            // The effort score is dimensionless, so apps that send it as a count still convert.
            entry("count", times(Dimension.SCALAR, 1)),
            entry("appleEffortScore", times(Dimension.SCALAR, 1)),
            // HealthKit's percent is a fraction (0.97), so it is kept apart from counts.
            entry("%", times(Dimension.FRACTION, 1)),
            entry("count/s", times(Dimension.FREQUENCY, 1)),
            entry("count/min", ratio(Dimension.FREQUENCY, 1, 60)),
            entry("count/hr", ratio(Dimension.FREQUENCY, 1, 3600)),
            entry("m", times(Dimension.LENGTH, 1)),
            entry("cm", ratio(Dimension.LENGTH, 1, 100)),
            entry("mm", ratio(Dimension.LENGTH, 1, 1000)),
            entry("km", times(Dimension.LENGTH, 1000)),
            entry("in", times(Dimension.LENGTH, 0.0254)),
            entry("ft", times(Dimension.LENGTH, 0.3048)),
            entry("yd", times(Dimension.LENGTH, 0.9144)),
            entry("mi", times(Dimension.LENGTH, 1609.344)),
            entry("g", times(Dimension.MASS, 1)),
            entry("kg", times(Dimension.MASS, 1000)),
            entry("mg", ratio(Dimension.MASS, 1, 1000)),
            entry("mcg", ratio(Dimension.MASS, 1, 1_000_000)),
            entry("lb", times(Dimension.MASS, 453.59237)),
            entry("oz", times(Dimension.MASS, 28.349523125)),
            entry("st", times(Dimension.MASS, 6350.29318)),
            entry("J", times(Dimension.ENERGY, 1)),
            entry("kJ", times(Dimension.ENERGY, 1000)),
            entry("cal", times(Dimension.ENERGY, 4.184)),
            entry("kcal", times(Dimension.ENERGY, 4184)),
            entry("degC", times(Dimension.TEMPERATURE, 1)),
            entry("degF", new Unit(Dimension.TEMPERATURE, 5, 9, -32)),
            entry("K", new Unit(Dimension.TEMPERATURE, 1, 1, -273.15)),
            entry("Pa", times(Dimension.PRESSURE, 1)),
            entry("kPa", times(Dimension.PRESSURE, 1000)),
            entry("mmHg", times(Dimension.PRESSURE, MMHG_IN_PA)),
            entry("inHg", times(Dimension.PRESSURE, MMHG_IN_PA * 25.4)),
            entry("cmAq", times(Dimension.PRESSURE, 98.0665)),
            entry("atm", times(Dimension.PRESSURE, 101_325)),
            entry("mL", times(Dimension.VOLUME, 1)),
            entry("dL", times(Dimension.VOLUME, 100)),
            entry("L", times(Dimension.VOLUME, 1000)),
            entry("fl_oz_us", times(Dimension.VOLUME, 29.5735295625)),
            entry("fl_oz_imp", times(Dimension.VOLUME, 28.4130625)),
            entry("cup_us", times(Dimension.VOLUME, 236.5882365)),
            entry("cup_imp", times(Dimension.VOLUME, 284.130625)),
            entry("pt_us", times(Dimension.VOLUME, 473.176473)),
            entry("pt_imp", times(Dimension.VOLUME, 568.26125)),
            entry("L/min", times(Dimension.VOLUME_FLOW, 1)),
            entry("L/s", times(Dimension.VOLUME_FLOW, 60)),
            entry("s", times(Dimension.TIME, 1)),
            entry("ms", ratio(Dimension.TIME, 1, 1000)),
            entry("min", times(Dimension.TIME, 60)),
            entry("hr", times(Dimension.TIME, 3600)),
            entry("d", times(Dimension.TIME, 86_400)),
            entry("m/s", times(Dimension.SPEED, 1)),
            entry("km/hr", ratio(Dimension.SPEED, 1000, 3600)),
            entry("mi/hr", ratio(Dimension.SPEED, 1609.344, 3600)),
            entry("ft/s", times(Dimension.SPEED, 0.3048)),
            entry("dBASPL", times(Dimension.SOUND_LEVEL, 1)),
            entry("dBHL", times(Dimension.HEARING_LEVEL, 1)),
            entry("mL/(kg*min)", times(Dimension.OXYGEN_UPTAKE, 1)),
            entry("kcal/(hr*kg)", times(Dimension.METABOLIC_RATE, 1)),
            entry("W", times(Dimension.POWER, 1)),
            entry("kW", times(Dimension.POWER, 1000)),
            entry("mg/dL", times(Dimension.BLOOD_GLUCOSE, 1)),
            // mmol/L times g/mol gives mg/L, a tenth of which is mg/dL.
            entry(GLUCOSE_MMOL_PER_L, ratio(Dimension.BLOOD_GLUCOSE, GLUCOSE_MOLAR_MASS, 10)),
            entry("IU", times(Dimension.INSULIN, 1)),
            entry("S", times(Dimension.CONDUCTANCE, 1)),
            entry("mS", ratio(Dimension.CONDUCTANCE, 1, 1000)),
            entry("mcS", ratio(Dimension.CONDUCTANCE, 1, 1_000_000)));

    /** Spellings apps and exports use, mapped to HealthKit's; matched exactly because case tells ms from mS. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            entry("bpm", "count/min"),
            entry("BPM", "count/min"),
            entry("beats/min", "count/min"),
            entry("breaths/min", "count/min"),
            // Food labels' Calorie with a capital C is the kilocalorie.
            entry("Cal", "kcal"),
            entry("Kcal", "kcal"),
            entry("kCal", "kcal"),
            entry("kcal/hr·kg", "kcal/(hr*kg)"),
            entry("kcal/(hr·kg)", "kcal/(hr*kg)"),
            entry("kcal/hr*kg", "kcal/(hr*kg)"),
            entry("kcal/(kg*hr)", "kcal/(hr*kg)"),
            entry("kcal/(kg·hr)", "kcal/(hr*kg)"),
            entry("kcal/kg·hr", "kcal/(hr*kg)"),
            entry("kcal/kg/hr", "kcal/(hr*kg)"),
            entry("ml/(kg*min)", "mL/(kg*min)"),
            entry("ml/(kg·min)", "mL/(kg*min)"),
            entry("mL/(kg·min)", "mL/(kg*min)"),
            entry("mL/min·kg", "mL/(kg*min)"),
            entry("ml/min·kg", "mL/(kg*min)"),
            entry("mL/(min*kg)", "mL/(kg*min)"),
            entry("ml/(min*kg)", "mL/(kg*min)"),
            entry("mL/kg/min", "mL/(kg*min)"),
            entry("ml/kg/min", "mL/(kg*min)"),
            entry("km/h", "km/hr"),
            entry("kph", "km/hr"),
            entry("mi/h", "mi/hr"),
            entry("mph", "mi/hr"),
            entry("°C", "degC"),
            entry("ºC", "degC"),
            entry("℃", "degC"),
            entry("°F", "degF"),
            entry("ºF", "degF"),
            entry("℉", "degF"),
            entry("ml", "mL"),
            entry("l", "L"),
            entry("dl", "dL"),
            entry("l/min", "L/min"),
            entry("mg/dl", "mg/dL"),
            entry("mmol/L", GLUCOSE_MMOL_PER_L),
            entry("mmol/l", GLUCOSE_MMOL_PER_L),
            // The micro sign and the Greek mu look alike and both turn up.
            entry("\u00b5g", "mcg"),
            entry("\u03bcg", "mcg"),
            entry("ug", "mcg"),
            entry("\u00b5S", "mcS"),
            entry("\u03bcS", "mcS"),
            entry("uS", "mcS"),
            entry("lbs", "lb"),
            entry("stone", "st"),
            entry("sec", "s"),
            entry("h", "hr"),
            entry("dBA", "dBASPL"),
            entry("dB(A)", "dBASPL"));

    private UnitTable() {
    }

    private static Unit times(Dimension dimension, double factor) {
        return new Unit(dimension, factor, 1, 0);
    }

    private static Unit ratio(Dimension dimension, double numerator, double denominator) {
        return new Unit(dimension, numerator, denominator, 0);
    }
}
