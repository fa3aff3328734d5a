package dev.healthsync.query.sources;

import dev.healthsync.storage.SourceQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of {@code GET /api/v1/sources}. */
final class SourceViews {

    private SourceViews() {
    }

    static Map<String, Object> source(SourceQueries.Source source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", source.info().name());
        body.put("bundleId", source.info().bundleId());
        body.put("version", source.info().version());
        counts(body, source.samples(), source.workouts(), source.documents());
        return body;
    }

    static Map<String, Object> device(SourceQueries.Device device) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", device.info().name());
        body.put("manufacturer", device.info().manufacturer());
        body.put("model", device.info().model());
        body.put("hardwareVersion", device.info().hardwareVersion());
        body.put("softwareVersion", device.info().softwareVersion());
        counts(body, device.samples(), device.workouts(), null);
        return body;
    }

    /** Counts per kind, then the span over all of them. */
    private static void counts(Map<String, Object> body, SourceQueries.Usage samples, SourceQueries.Usage workouts,
                               SourceQueries.Usage documents) {
        body.put("samples", samples.count());
        body.put("workouts", workouts.count());
        List<SourceQueries.Usage> kinds = new ArrayList<>(List.of(samples, workouts));
        if (documents != null) {
            body.put("documents", documents.count());
            kinds.add(documents);
        }
        Long first = null;
        Long last = null;
        for (SourceQueries.Usage kind : kinds) {
            if (kind.firstMs() != null && (first == null || kind.firstMs() < first)) {
                first = kind.firstMs();
            }
            if (kind.lastMs() != null && (last == null || kind.lastMs() > last)) {
                last = kind.lastMs();
            }
        }
        body.put("first", time(first));
        body.put("last", time(last));
    }

    private static String time(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }
}
