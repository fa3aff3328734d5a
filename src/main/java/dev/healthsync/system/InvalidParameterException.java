package dev.healthsync.system;

import java.util.Map;

/**
 * A query or path parameter the client must fix. The problem document names it in a {@code parameter} member, so
 * a client (or a dashboard form) can point at the field without parsing the sentence.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    /** {@code message} is shown to the client: it names the parameter and what is allowed, never a health value. */
    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("parameter", parameter);
    }
}
