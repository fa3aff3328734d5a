package dev.healthsync.agent;

import dev.healthsync.query.TypeService;
import dev.healthsync.query.series.SeriesQuery;
import dev.healthsync.query.series.SeriesService;
import dev.healthsync.query.sleep.SleepQuery;
import dev.healthsync.query.sleep.SleepService;
import dev.healthsync.query.summary.SummaryService;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The agent's read tools, each a thin adapter over the query service the REST API answers with. */
@Component
class ReadTools {

    private static final String RANGE_PROPERTIES = """
            "from": {"type": "string", "description": "First day, inclusive, ISO 8601 date YYYY-MM-DD in the \
            user's zone."},
            "to": {"type": "string", "description": "Last day, exclusive, ISO 8601 date YYYY-MM-DD; at most 366 \
            days after from. Without from and to: the last 7 days up to today."}""";

    private final TypeService types;
    private final SeriesService series;
    private final SummaryService summaries;
    private final SleepService sleep;
    private final ToolResults results;

    ReadTools(TypeService types, SeriesService series, SummaryService summaries, SleepService sleep,
              JsonMapper json) {
        this.types = types;
        this.series = series;
        this.summaries = summaries;
        this.sleep = sleep;
        this.results = new ToolResults(json);
    }

    List<SyncToolSpecification> specifications() {
        return List.of(listDataTypes(), getSeries(), getDailySummary(), getSleep());
    }

    private SyncToolSpecification listDataTypes() {
        return results.tool("list_data_types", "Every HealthKit sample type the user has: identifier, kind, "
                        + "aggregation (cumulative types are summed, discrete ones averaged), sample count, first and "
                        + "last time (ISO 8601, UTC), the unit every value is in, and the source names. Start here "
                        + "to learn which types get_series can read.",
                "{\"type\": \"object\", \"properties\": {}}",
                (userId, args) -> Map.of("types", types.types(userId)));
    }

    private SyncToolSpecification getSeries() {
        return results.tool("get_series", "One type's values per time bucket, overlapping sources merged as the "
                        + "Health app does (sums for cumulative types such as steps, averages for discrete ones such "
                        + "as heart rate). Answers at most " + SeriesBound.MAX_BUCKETS + " buckets; a longer "
                        + "request is refused with the bucket to use instead. Values are in the answer's unit.",
                """
                {"type": "object", "required": ["type"], "properties": {
                "type": {"type": "string", "description": "HealthKit identifier from list_data_types, e.g. \
                HKQuantityTypeIdentifierStepCount."},
                "from": {"type": "string", "description": "Start, inclusive: ISO 8601 date (2024-03-01) or date-time \
                with offset (2024-03-01T08:00:00+01:00). Default: the type's first sample."},
                "to": {"type": "string", "description": "End, exclusive, same formats. Default: now."},
                "bucket": {"type": "string", "enum": ["minute", "hour", "day", "week", "month", "year"], \
                "description": "Bucket width. Default: day; days are the days as lived."},
                "agg": {"type": "string", "enum": ["sum", "avg", "min", "max", "count"], "description": "How a \
                bucket's samples combine. Default: sum for cumulative types, avg for discrete ones."},
                "perSource": {"type": "boolean", "description": "true: each source's own value per bucket, \
                unmerged. Default: false."}}}""",
                (userId, args) -> SeriesBound.checked(series.series(userId, args.required("type"),
                        new SeriesQuery(args.string("from"), args.string("to"), args.string("bucket"),
                                args.string("agg"), null, args.flag("perSource") ? "none" : null, null, null, null,
                                null, null))));
    }

    private SyncToolSpecification getDailySummary() {
        return results.tool("get_daily_summary", "Days at a glance: steps, distanceMeters, activeEnergyKcal, "
                        + "basalEnergyKcal, exerciseMinutes, standHours, flightsClimbed (day sums), restingHeartRate "
                        + "(count/min), hrvMs, vo2Max, weightKg (day averages), the night ending that day, the "
                        + "workouts started that day and Apple's Activity rings. Give date, or from/to.",
                "{\"type\": \"object\", \"properties\": {\"date\": {\"type\": \"string\", \"description\": "
                        + "\"One day, ISO 8601 date YYYY-MM-DD in the user's zone; not with from/to.\"}, "
                        + RANGE_PROPERTIES + "}}",
                (userId, args) -> {
                    String date = args.string("date");
                    if (date == null) {
                        return Map.of("days", summaries.days(userId, args.string("from"), args.string("to")));
                    }
                    if (args.string("from") != null || args.string("to") != null) {
                        throw new ToolArgumentException("give either date or from/to, not both");
                    }
                    return summaries.day(userId, date);
                });
    }

    private SyncToolSpecification getSleep() {
        return results.tool("get_sleep", "One entry per night, filed under the local date it ends on: bed and wake "
                        + "times (ISO 8601 with offset), minutes per stage (inBed, asleep, core, deep, rem, awake), "
                        + "merged across sources, naps apart.",
                "{\"type\": \"object\", \"properties\": {" + RANGE_PROPERTIES + "}}",
                (userId, args) -> Map.of("nights",
                        sleep.nights(userId, new SleepQuery(args.string("from"), args.string("to")))));
    }
}
