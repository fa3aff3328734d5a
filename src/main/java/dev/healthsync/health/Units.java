package dev.healthsync.health;

import dev.healthsync.health.UnitTable.Unit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Conversions between HealthKit unit strings, and the mapping of other spellings of them onto HealthKit's. */
public final class Units {

    private static final Pattern MOLAR_MMOL_PER_L = Pattern.compile("mmol<(\\d+(?:\\.\\d+)?)>/L");

    private Units() {
    }

    /**
     * Converts a value between two units of the same dimension; either unit may be spelled any way
     * {@link #canonicalSpelling} understands. Percent stays a fraction on both sides: an app sending 97 for
     * 97 % is the caller's to detect.
     *
     * @throws IncompatibleUnitException if a unit is unknown or the two measure different things
     */
    public static double convert(double value, String fromUnit, String toUnit) {
        String from = canonicalSpelling(fromUnit);
        String to = canonicalSpelling(toUnit);
        Unit source = from == null ? null : UnitTable.UNITS.get(from);
        Unit target = to == null ? null : UnitTable.UNITS.get(to);
        if (source == null || target == null || source.dimension() != target.dimension()) {
            throw new IncompatibleUnitException(fromUnit, toUnit);
        }
        return from.equals(to) ? value : target.fromBase(source.toBase(value));
    }

    /** Whether {@link #convert} accepts the unit, in HealthKit's spelling or another one it maps. */
    public static boolean isKnown(String unit) {
        String canonical = canonicalSpelling(unit);
        return canonical != null && UnitTable.UNITS.containsKey(canonical);
    }

    /**
     * HealthKit's spelling of a unit, e.g. {@code count/min} for {@code bpm} and {@code kcal} for {@code Cal}.
     * Surrounding whitespace is dropped from known units; an unknown unit comes back as given.
     */
    public static String canonicalSpelling(String unit) {
        if (unit == null) {
            return null;
        }
        String trimmed = unit.trim();
        if (UnitTable.UNITS.containsKey(trimmed)) {
            return trimmed;
        }
        String alias = UnitTable.ALIASES.get(trimmed);
        if (alias != null) {
            return alias;
        }
        return isGlucoseMillimolar(trimmed) ? UnitTable.GLUCOSE_MMOL_PER_L : unit;
    }

    /** The molar mass in {@code mmol<…>/L} is a printed double, so its last digits depend on who printed it. */
    private static boolean isGlucoseMillimolar(String unit) {
        Matcher matcher = MOLAR_MMOL_PER_L.matcher(unit);
        return matcher.matches()
                && Math.abs(Double.parseDouble(matcher.group(1)) - UnitTable.GLUCOSE_MOLAR_MASS) < 1e-6;
    }
}
