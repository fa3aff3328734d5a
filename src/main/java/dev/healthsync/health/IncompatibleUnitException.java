package dev.healthsync.health;

/**
 * Thrown when a value cannot be converted between two units, because one of them is unknown or they
 * measure different things. The message names the units only: values are health data and must not
 * end up in logs.
 */
public class IncompatibleUnitException extends RuntimeException {

    public IncompatibleUnitException(String fromUnit, String toUnit) {
        super("cannot convert from unit '" + fromUnit + "' to unit '" + toUnit + "'");
    }
}
