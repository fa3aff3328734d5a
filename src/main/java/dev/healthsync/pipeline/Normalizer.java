package dev.healthsync.pipeline;

import dev.healthsync.health.CategoryValues;
import dev.healthsync.health.CreationDates;
import dev.healthsync.health.HealthType;
import dev.healthsync.health.IncompatibleUnitException;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.health.TypeCatalog;
import dev.healthsync.health.TypeKind;
import dev.healthsync.health.Units;
import dev.healthsync.storage.AggregateRow;
import dev.healthsync.storage.DocumentRow;
import dev.healthsync.storage.SampleRow;
import dev.healthsync.storage.WorkoutRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns decoded records into storable rows: validates them, converts values to the canonical unit of their
 * type (keeping what was sent), resolves category value names to HealthKit's codes, and assigns identity keys.
 * Not thread-safe: one per ingest session.
 */
final class Normalizer {

    /** Largest number of distinct source names remembered; a batch names a handful. */
    private static final int SOURCE_NAME_CACHE = 1024;

    private final IdentityKeys identity = new IdentityKeys();
    /** Normalizing a name (Unicode NFKC, apostrophes, spaces) costs more than the rest of a record's work. */
    private final Map<String, String> normalizedSourceNames = new HashMap<>();

    /** The row to store, or the reason the sample cannot be stored. */
    Outcome<SampleRow> sample(RawSample raw) {
        String type = raw.type();
        if (type == null || type.isBlank()) {
            return Outcome.rejected(raw.path() + ".type", "missing");
        }
        Optional<HealthType> known = TypeCatalog.find(type);
        if (known.isEmpty() && !TypeCatalog.looksLikeHealthKitIdentifier(type)) {
            return Outcome.rejected(raw.path() + ".type", "unknown type");
        }
        String timeProblem = timeProblem(raw.start(), raw.end());
        if (timeProblem != null) {
            return Outcome.rejected(raw.path() + ".endDate", timeProblem);
        }
        return TypeCatalog.kindOf(type) == TypeKind.CATEGORY ? category(raw) : quantity(raw, known);
    }

    Outcome<WorkoutRow> workout(RawWorkout raw) {
        if (raw.activityType() == null || raw.activityType().isBlank()) {
            return Outcome.rejected(raw.path() + ".activityType", "missing");
        }
        String timeProblem = timeProblem(raw.start(), raw.end());
        if (timeProblem != null) {
            return Outcome.rejected(raw.path() + ".endDate", timeProblem);
        }
        List<WorkoutRow.Statistic> statistics = new ArrayList<>(raw.statistics().size());
        for (RawStatistic statistic : raw.statistics()) {
            try {
                statistics.add(statistic(statistic));
            } catch (IncompatibleUnitException e) {
                return Outcome.rejected(raw.path() + ".statistics." + statistic.type() + ".unit", e.getMessage());
            }
        }
        List<WorkoutRow.Event> events = raw.events().stream()
                .map(e -> new WorkoutRow.Event(e.type(), e.date(), e.durationSeconds(), e.metadataJson())).toList();
        List<WorkoutRow.RoutePoint> route = routePoints(raw.route());
        SourceInfo source = source(raw.source());
        byte[] key = identity.workout(raw.activityType(), raw.start(), raw.end(), normalizedName(source));
        return Outcome.of(new WorkoutRow(key, raw.uuid(), raw.activityType(), raw.start(), raw.end(),
                raw.durationSeconds(), source, raw.device(), raw.metadataJson(), statistics, events, route));
    }

    Outcome<AggregateRow> aggregate(RawAggregate raw) {
        if (raw.type() == null || raw.type().isBlank()) {
            return Outcome.rejected(raw.path() + ".type", "missing");
        }
        if (!"hour".equals(raw.bucket()) && !"day".equals(raw.bucket())) {
            return Outcome.rejected(raw.path(), "bucket must be hour or day");
        }
        String timeProblem = timeProblem(raw.start(), raw.end());
        if (timeProblem != null) {
            return Outcome.rejected(raw.path() + ".date", timeProblem);
        }
        String sent = raw.unit() == null || raw.unit().isBlank() ? null : Units.canonicalSpelling(raw.unit());
        String canonical = TypeCatalog.find(raw.type()).map(HealthType::canonicalUnit).orElse(sent);
        try {
            boolean convert = sent != null && canonical != null && !sent.equals(canonical);
            return Outcome.of(new AggregateRow(raw.type(), raw.bucket(), raw.start(), raw.end(), canonical,
                    convert ? convert(raw.qty(), sent, canonical) : raw.qty(),
                    convert ? convert(raw.min(), sent, canonical) : raw.min(),
                    convert ? convert(raw.avg(), sent, canonical) : raw.avg(),
                    convert ? convert(raw.max(), sent, canonical) : raw.max(), raw.extraJson(), source(raw.source())));
        } catch (IncompatibleUnitException e) {
            return Outcome.rejected(raw.path() + ".unit", e.getMessage());
        }
    }

    Outcome<DocumentRow> document(RawDocument raw) {
        if (raw.payloadJson() == null || raw.payloadJson().isBlank()) {
            return Outcome.rejected(raw.path(), "empty record");
        }
        byte[] key = identity.document(raw.kind().name(), raw.uuid(), raw.start(), raw.end(), raw.payloadJson());
        return Outcome.of(new DocumentRow(raw.kind(), key, raw.uuid(), raw.start(), raw.end(), raw.source(),
                raw.payloadJson()));
    }

    static List<WorkoutRow.RoutePoint> routePoints(List<RawRoutePoint> points) {
        return points.stream()
                .map(p -> new WorkoutRow.RoutePoint(p.time().epochMillis(), p.latitude(), p.longitude(), p.altitude(),
                        p.speed(), p.course(), p.horizontalAccuracy(), p.verticalAccuracy()))
                .toList();
    }

    private Outcome<SampleRow> quantity(RawSample raw, Optional<HealthType> known) {
        if (raw.value() == null) {
            return Outcome.rejected(raw.path() + ".value", raw.textValue() == null ? "missing" : "not a number");
        }
        if (raw.value().isNaN() || raw.value().isInfinite()) {
            return Outcome.rejected(raw.path() + ".value", "not a finite number");
        }
        String sentUnit = raw.unit() == null || raw.unit().isBlank() ? null : Units.canonicalSpelling(raw.unit());
        String canonicalUnit = known.map(HealthType::canonicalUnit).orElse(sentUnit);
        double value = raw.value();
        if (sentUnit != null && canonicalUnit != null && !sentUnit.equals(canonicalUnit)) {
            try {
                value = Units.convert(raw.value(), sentUnit, canonicalUnit);
            } catch (IncompatibleUnitException e) {
                return Outcome.rejected(raw.path() + ".unit", e.getMessage());
            }
        }
        boolean converted = sentUnit != null && !sentUnit.equals(canonicalUnit);
        SourceInfo source = source(raw.source());
        byte[] key = identity.sample(raw.type(), raw.start(), raw.end(), value, normalizedName(source));
        CreationDates.Split metadata = CreationDates.split(raw.metadataJson());
        return Outcome.of(new SampleRow(key, raw.uuid(), raw.type(), value, canonicalUnit, null,
                converted ? raw.value() : null, converted ? raw.unit() : null, raw.start(), raw.end(), source,
                raw.device(), metadata.metadataJson(), metadata.created()));
    }

    private Outcome<SampleRow> category(RawSample raw) {
        OptionalInt code;
        if (raw.value() != null) {
            double v = raw.value();
            code = v == Math.rint(v) ? OptionalInt.of((int) v) : OptionalInt.empty();
        } else if (raw.textValue() != null) {
            code = CategoryValues.code(raw.type(), raw.textValue());
        } else {
            return Outcome.rejected(raw.path() + ".value", "missing");
        }
        if (code.isEmpty()) {
            return Outcome.rejected(raw.path() + ".value", "not a value of this category type");
        }
        double value = code.getAsInt();
        String name = CategoryValues.name(raw.type(), code.getAsInt()).orElse(raw.textValue());
        SourceInfo source = source(raw.source());
        byte[] key = identity.sample(raw.type(), raw.start(), raw.end(), value, normalizedName(source));
        CreationDates.Split metadata = CreationDates.split(raw.metadataJson());
        return Outcome.of(new SampleRow(key, raw.uuid(), raw.type(), value, null, name, null, null, raw.start(),
                raw.end(), source, raw.device(), metadata.metadataJson(), metadata.created()));
    }

    private static WorkoutRow.Statistic statistic(RawStatistic s) {
        String sent = s.unit() == null ? null : Units.canonicalSpelling(s.unit());
        String canonical = TypeCatalog.find(s.type()).map(HealthType::canonicalUnit).orElse(sent);
        if (sent == null || canonical == null || sent.equals(canonical)) {
            return new WorkoutRow.Statistic(s.type(), s.sum(), s.min(), s.avg(), s.max(), canonical);
        }
        return new WorkoutRow.Statistic(s.type(), convert(s.sum(), sent, canonical), convert(s.min(), sent, canonical),
                convert(s.avg(), sent, canonical), convert(s.max(), sent, canonical), canonical);
    }

    private static Double convert(Double value, String from, String to) {
        return value == null ? null : Units.convert(value, from, to);
    }

    private static String timeProblem(Moment start, Moment end) {
        if (start == null) {
            return "missing start";
        }
        if (end == null) {
            return "missing end";
        }
        if (end.epochMillis() < start.epochMillis()) {
            return "ends before it starts";
        }
        return null;
    }

    private String normalizedName(SourceInfo source) {
        String name = source.name() == null ? "" : source.name();
        String normalized = normalizedSourceNames.get(name);
        if (normalized == null) {
            normalized = SourceInfo.normalizeName(name);
            if (normalizedSourceNames.size() < SOURCE_NAME_CACHE) {
                normalizedSourceNames.put(name, normalized);
            }
        }
        return normalized;
    }

    private static SourceInfo source(SourceInfo source) {
        return source == null ? SourceInfo.UNKNOWN : source;
    }

    /** Either a value or a rejection. */
    record Outcome<T>(T value, Rejection rejection) {

        static <T> Outcome<T> of(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> rejected(String path, String reason) {
            return new Outcome<>(null, new Rejection(path, reason));
        }
    }
}
