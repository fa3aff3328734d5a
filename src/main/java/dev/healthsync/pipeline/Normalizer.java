package dev.healthsync.pipeline;

import dev.healthsync.health.CategoryValues;
import dev.healthsync.health.CreationDates;
import dev.healthsync.health.DocumentKind;
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

    /**
     * The row to store, or the reason the sample cannot be stored. A type the catalog does not know is kept with
     * its value and unit as sent, as long as it is named like HealthKit's identifiers ({@code HK…}): exports carry
     * {@code HKDataTypeSleepDurationGoal}, and every iOS release adds types.
     */
    Outcome<SampleRow> sample(RawSample raw) {
        String type = raw.type();
        if (type == null || type.isBlank()) {
            return Outcome.rejected(raw.path(), "type", "missing", null);
        }
        Optional<HealthType> known = TypeCatalog.find(type);
        if (known.isEmpty() && !TypeCatalog.looksLikeHealthKitName(type)) {
            return Outcome.rejected(raw.path(), "type", "unknown type", type);
        }
        String timeProblem = timeProblem(raw.start(), raw.end());
        if (timeProblem != null) {
            return Outcome.rejected(raw.path(), "endDate", timeProblem, type);
        }
        TypeKind kind = known.map(HealthType::kind).orElseGet(() -> TypeCatalog.kindOf(type));
        Outcome<SampleRow> outcome = kind == TypeKind.CATEGORY ? category(raw, known.isPresent()) : quantity(raw, known);
        return known.isPresent() ? outcome : outcome.ofATypeOutsideTheCatalog();
    }

    Outcome<WorkoutRow> workout(RawWorkout raw) {
        if (raw.activityType() == null || raw.activityType().isBlank()) {
            return Outcome.rejected(raw.path(), "activityType", "missing", null);
        }
        String timeProblem = timeProblem(raw.start(), raw.end());
        if (timeProblem != null) {
            return Outcome.rejected(raw.path(), "endDate", timeProblem, raw.activityType());
        }
        List<WorkoutRow.Statistic> statistics = new ArrayList<>(raw.statistics().size());
        for (RawStatistic statistic : raw.statistics()) {
            try {
                statistics.add(statistic(statistic));
            } catch (IncompatibleUnitException e) {
                return Outcome.unitRejected(raw.path(), "statistics." + statistic.type() + ".unit", e,
                        statistic.unit(), TypeCatalog.find(statistic.type()).map(HealthType::canonicalUnit).orElse(null),
                        raw.activityType());
            }
        }
        List<WorkoutRow.Event> events = raw.events().stream()
                .map(e -> new WorkoutRow.Event(e.type(), e.date(), e.durationSeconds(), e.metadataJson())).toList();
        RoutePoints.Checked route = RoutePoints.check(raw.path() + ".route", raw.route());
        SourceInfo source = source(raw.source());
        byte[] key = identity.workout(raw.activityType(), raw.start(), raw.end(), normalizedName(source));
        return Outcome.of(new WorkoutRow(key, raw.uuid(), raw.activityType(), raw.start(), raw.end(),
                raw.durationSeconds(), source, raw.device(), raw.metadataJson(), statistics, events,
                routePoints(route.points())), route.dropped());
    }

    Outcome<AggregateRow> aggregate(RawAggregate raw) {
        if (raw.type() == null || raw.type().isBlank()) {
            return Outcome.rejected(raw.path(), "type", "missing", null);
        }
        if (!"hour".equals(raw.bucket()) && !"day".equals(raw.bucket())) {
            return Outcome.rejected(raw.path(), null, "bucket must be hour or day", raw.type());
        }
        String timeProblem = timeProblem(raw.start(), raw.end());
        if (timeProblem != null) {
            return Outcome.rejected(raw.path(), "date", timeProblem, raw.type());
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
            return Outcome.unitRejected(raw.path(), "unit", e, sent, canonical, raw.type());
        }
    }

    Outcome<DocumentRow> document(RawDocument raw) {
        if (raw.payloadJson() == null || raw.payloadJson().isBlank()) {
            return Outcome.rejected(raw.path(), null, "empty record", raw.kind().name());
        }
        byte[] key = identity.document(raw.kind().name(), raw.uuid(), raw.start(), raw.end(), raw.payloadJson());
        return Outcome.of(new DocumentRow(raw.kind(), key, raw.uuid(), raw.start(), raw.end(), raw.source(),
                raw.payloadJson()));
    }

    /** The points of a route sent apart from its workout, checked ({@link RoutePoints}). */
    static RoutePoints.Checked route(String path, List<RawRoutePoint> points) {
        return RoutePoints.check(path, points);
    }

    /**
     * A route file no workout claims (its points checked), as a document: the file's name, its first and last time, and its points as
     * {@code [epoch ms, latitude, longitude, altitude]} arrays (altitude null when the file has none).
     */
    DocumentRow looseRoute(String file, List<RawRoutePoint> points) {
        Moment start = points.get(0).time();
        Moment end = points.get(points.size() - 1).time();
        StringBuilder json = new StringBuilder(64 + points.size() * 48).append("{\"file\":\"");
        for (char c : file.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append("\",\"pointCount\":").append(points.size()).append(",\"points\":[");
        for (int i = 0; i < points.size(); i++) {
            RawRoutePoint p = points.get(i);
            json.append(i == 0 ? "[" : ",[").append(p.time().epochMillis()).append(',').append(p.latitude())
                    .append(',').append(p.longitude()).append(',').append(p.altitude()).append(']');
        }
        String payload = json.append("]}").toString();
        byte[] key = identity.document(DocumentKind.ROUTE.name(), null, start, end, payload);
        return new DocumentRow(DocumentKind.ROUTE, key, null, start, end, SourceInfo.UNKNOWN, payload);
    }

    /** Checked points as rows. */
    static List<WorkoutRow.RoutePoint> routePoints(List<RawRoutePoint> points) {
        return points.stream()
                .map(p -> new WorkoutRow.RoutePoint(p.time().epochMillis(), p.latitude(), p.longitude(), p.altitude(),
                        p.speed(), p.course(), p.horizontalAccuracy(), p.verticalAccuracy()))
                .toList();
    }

    private Outcome<SampleRow> quantity(RawSample raw, Optional<HealthType> known) {
        if (raw.value() == null) {
            return known.isEmpty() ? uncatalogued(raw) : Outcome.rejected(raw.path(), "value",
                    raw.textValue() == null ? "missing" : "not a number", raw.type());
        }
        if (raw.value().isNaN() || raw.value().isInfinite()) {
            return Outcome.rejected(raw.path(), "value", "not a finite number", raw.type());
        }
        String sentUnit = raw.unit() == null || raw.unit().isBlank() ? null : Units.canonicalSpelling(raw.unit());
        String canonicalUnit = known.map(HealthType::canonicalUnit).orElse(sentUnit);
        double value = raw.value();
        if (sentUnit != null && canonicalUnit != null && !sentUnit.equals(canonicalUnit)) {
            try {
                value = Units.convert(raw.value(), sentUnit, canonicalUnit);
            } catch (IncompatibleUnitException e) {
                return Outcome.unitRejected(raw.path(), "unit", e, sentUnit, canonicalUnit, raw.type());
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

    /**
     * A category sample. Apple's DTD makes {@code value} optional, and notification records (low or high heart
     * rate, irregular rhythm) come without one: they take their type's single value
     * ({@code HKCategoryValueNotApplicable}). A type the catalog does not know is stored without a value; a known
     * type of several values (sleep stages) needs one.
     */
    private Outcome<SampleRow> category(RawSample raw, boolean catalogued) {
        OptionalInt code;
        if (raw.value() != null) {
            double v = raw.value();
            code = v == Math.rint(v) ? OptionalInt.of((int) v) : OptionalInt.empty();
        } else if (raw.textValue() != null) {
            code = CategoryValues.code(raw.type(), raw.textValue());
        } else {
            code = CategoryValues.onlyCode(raw.type());
            if (code.isEmpty()) {
                return catalogued ? Outcome.rejected(raw.path(), "value", "missing", raw.type())
                        : row(raw, null, null, null);
            }
        }
        if (code.isEmpty()) {
            return catalogued ? Outcome.rejected(raw.path(), "value", "not a value of this category type", raw.type())
                    : uncatalogued(raw);
        }
        String name = CategoryValues.name(raw.type(), code.getAsInt()).orElse(raw.textValue());
        return row(raw, (double) code.getAsInt(), null, name);
    }

    /** A type the catalog does not know, with a value that is not a number (or none): kept as sent. */
    private Outcome<SampleRow> uncatalogued(RawSample raw) {
        String unit = raw.unit() == null || raw.unit().isBlank() ? null : raw.unit();
        return row(raw, null, unit, raw.textValue());
    }

    private Outcome<SampleRow> row(RawSample raw, Double value, String unit, String text) {
        SourceInfo source = source(raw.source());
        byte[] key = value == null && text != null
                ? identity.textSample(raw.type(), raw.start(), raw.end(), text, normalizedName(source))
                : identity.sample(raw.type(), raw.start(), raw.end(), value, normalizedName(source));
        CreationDates.Split metadata = CreationDates.split(raw.metadataJson());
        return Outcome.of(new SampleRow(key, raw.uuid(), raw.type(), value, unit, text, null, null, raw.start(),
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

    /**
     * Either a value or a rejection. A rejection also says, for the import's report, what kind of record it was
     * ({@code type}: its HealthKit type or activity, when known) and what was wrong ({@code problem}: the field
     * and the reason, e.g. {@code value missing}). A value may come with parts that were dropped from it
     * ({@code dropped}: route points), each a rejection of its own.
     */
    record Outcome<T>(T value, Rejection rejection, String type, String problem, List<Outcome<Void>> dropped,
                      boolean outsideTheCatalog) {

        static <T> Outcome<T> of(T value) {
            return of(value, List.of());
        }

        static <T> Outcome<T> of(T value, List<Outcome<Void>> dropped) {
            return new Outcome<>(value, null, null, null, dropped, false);
        }

        /** A stored record of a type the catalog does not know: the report counts those by type. */
        Outcome<T> ofATypeOutsideTheCatalog() {
            return value == null ? this : new Outcome<>(value, null, null, null, dropped, true);
        }

        static <T> Outcome<T> rejected(String recordPath, String field, String reason, String type) {
            String path = field == null ? recordPath : recordPath + "." + field;
            return new Outcome<>(null, new Rejection(path, reason), type,
                    field == null ? reason : field + " " + reason, List.of(), false);
        }

        /** The response keeps the converter's message; the report says which unit was not understood. */
        static <T> Outcome<T> unitRejected(String recordPath, String field, IncompatibleUnitException e,
                                           String sent, String canonical, String type) {
            String problem = !Units.isKnown(sent) ? "unknown: " + sent : sent + " is not a unit of " + canonical;
            return new Outcome<>(null, new Rejection(recordPath + "." + field, e.getMessage()), type,
                    field + " " + problem, List.of(), false);
        }
    }
}
