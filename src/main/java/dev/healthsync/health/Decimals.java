package dev.healthsync.health;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Values as a person wrote them: unit conversion and summing leave binary noise in the last digits (6 ft is
 * 1.8288000000000002 m, 0.1 + 0.2 is 0.30000000000000004). Twelve significant digits hold every measurement
 * HealthKit records and drop that noise.
 */
public final class Decimals {

    private static final MathContext SIGNIFICANT = new MathContext(12);

    private Decimals() {
    }

    public static double clean(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
            return value;
        }
        return new BigDecimal(value).round(SIGNIFICANT).doubleValue();
    }

    /** {@link #clean(double)}, passing null through. */
    public static Double clean(Double value) {
        return value == null ? null : clean(value.doubleValue());
    }
}
