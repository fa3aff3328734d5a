package dev.healthsync.cli.bench;

import java.util.List;
import java.util.Map;

/**
 * One read the {@code read} phase times: its name in the report and its path, whose {@code {placeholders}} are
 * filled from the generated data's range ({@link ReadRange}) and the workout the phase picked.
 */
record ReadRequest(String name, String template) {

    /** In the report's order; a read of an endpoint the server does not have yet is reported as not available. */
    static final List<ReadRequest> ALL = List.of(
            new ReadRequest("series day, all", "/api/v1/series/HKQuantityTypeIdentifierStepCount?bucket=day"),
            new ReadRequest("series hour, 30 d",
                    "/api/v1/series/HKQuantityTypeIdentifierStepCount?bucket=hour&from={month}&to={end}"),
            new ReadRequest("summary daily, 30 d", "/api/v1/summary/daily?from={month}&to={end}"),
            new ReadRequest("sleep, 365 d", "/api/v1/sleep?from={year}&to={end}"),
            new ReadRequest("samples, 1 d", "/api/v1/samples?from={day}&to={end}"),
            new ReadRequest("workouts", "/api/v1/workouts"),
            new ReadRequest("workout + route", "/api/v1/workouts/{workout}"));

    String path(Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException("no value for a placeholder of " + template);
        }
        return path;
    }
}
