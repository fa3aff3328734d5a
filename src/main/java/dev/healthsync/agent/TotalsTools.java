package dev.healthsync.agent;

import dev.healthsync.health.Decimals;
import dev.healthsync.query.series.SeriesQuery;
import dev.healthsync.query.series.SeriesService;
import dev.healthsync.query.series.SeriesView;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The tools that answer "why" and "compared with what": a day's total explained, and two periods side by side. */
@Component
class TotalsTools {

    private static final String TYPE = """
            "type": {"type": "string", "description": "HealthKit identifier from list_data_types, e.g. \
            HKQuantityTypeIdentifierStepCount."}""";

    private final SeriesService series;
    private final ToolResults results;

    TotalsTools(SeriesService series, JsonMapper json) {
        this.series = series;
        this.results = new ToolResults(json);
    }

    List<SyncToolSpecification> specifications() {
        return List.of(explainTotal(), comparePeriods());
    }

    private SyncToolSpecification explainTotal() {
        return results.tool("explain_total", "Why a day's total is what it is: the merged total of a cumulative "
                        + "type (steps, energy, distance) on one day as lived, and what each source added after the "
                        + "merge (a watch and a phone counting the same walk count once, for the better-ranked "
                        + "source); the contributions add up to the total. Values in the answer's unit.",
                "{\"type\": \"object\", \"required\": [\"type\", \"date\"], \"properties\": {" + TYPE + ", "
                        + "\"date\": {\"type\": \"string\", \"description\": \"The day, ISO 8601 date YYYY-MM-DD, "
                        + "as lived.\"}}}",
                (userId, args) -> {
                    LocalDate day = date(args, "date");
                    SeriesView view = series.series(userId, args.required("type"), new SeriesQuery(
                            day.toString(), day.plusDays(1).toString(), "day", null, null, null, true, null, null,
                            null, null));
                    SeriesView.Bucket bucket = view.buckets().get(0);
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("type", view.type());
                    answer.put("date", day.toString());
                    answer.put("total", bucket.value());
                    answer.put("unit", view.unit());
                    answer.put("contributions", bucket.contributions());
                    return answer;
                });
    }

    private SyncToolSpecification comparePeriods() {
        return results.tool("compare_periods", "One type over two periods of days as lived, e.g. this month against "
                        + "last: each period's value (the merged sum for cumulative types such as steps, the mean of "
                        + "the daily averages for discrete ones such as resting heart rate), the difference "
                        + "(period minus comparedTo) and the change in percent of comparedTo. Each period at most "
                        + SeriesBound.MAX_BUCKETS + " days.",
                "{\"type\": \"object\", \"required\": [\"type\", \"from\", \"to\", \"compareFrom\", "
                        + "\"compareTo\"], \"properties\": {" + TYPE + ", "
                        + "\"from\": {\"type\": \"string\", \"description\": \"The period's first day, inclusive, "
                        + "YYYY-MM-DD.\"}, "
                        + "\"to\": {\"type\": \"string\", \"description\": \"The period's end, exclusive, "
                        + "YYYY-MM-DD.\"}, "
                        + "\"compareFrom\": {\"type\": \"string\", \"description\": \"The other period's first day, "
                        + "inclusive, YYYY-MM-DD.\"}, "
                        + "\"compareTo\": {\"type\": \"string\", \"description\": \"The other period's end, "
                        + "exclusive, YYYY-MM-DD.\"}}}",
                (userId, args) -> {
                    String type = args.required("type");
                    Period period = period(userId, type, date(args, "from"), date(args, "to"));
                    Period other = period(userId, type, date(args, "compareFrom"), date(args, "compareTo"));
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("type", type);
                    answer.put("unit", period.unit());
                    answer.put("aggregation", period.aggregation());
                    answer.put("period", period.toJson());
                    answer.put("comparedTo", other.toJson());
                    boolean both = period.value() != null && other.value() != null;
                    answer.put("difference", both ? Decimals.clean(period.value() - other.value()) : null);
                    answer.put("percent", both && other.value() != 0
                            ? Decimals.clean(Math.round((period.value() - other.value()) / other.value() * 1000)
                            / 10.0) : null);
                    return answer;
                });
    }

    /** One period's value over its days that have data, and how it was reached. */
    private record Period(LocalDate from, LocalDate to, Double value, int daysWithData, String unit,
                          String aggregation) {

        Map<String, Object> toJson() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("from", from.toString());
            body.put("to", to.toString());
            body.put("value", value);
            body.put("daysWithData", daysWithData);
            return body;
        }
    }

    private Period period(long userId, String type, LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            throw new ToolArgumentException("a period's end must be after its first day: " + from + " to "
                    + to);
        }
        SeriesView view = SeriesBound.checked(series.series(userId, type, new SeriesQuery(from.toString(),
                to.toString(), "day", null, null, null, null, null, null, null, null)));
        List<Double> days = view.buckets().stream().map(SeriesView.Bucket::value).filter(Objects::nonNull).toList();
        boolean summed = "sum".equals(view.agg());
        double total = days.stream().mapToDouble(Double::doubleValue).sum();
        return new Period(from, to, days.isEmpty() ? null : Decimals.clean(summed ? total : total / days.size()),
                days.size(), view.unit(), summed ? "sum" : "mean of daily " + view.agg());
    }

    private static LocalDate date(ToolArguments args, String name) {
        String value = args.required(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ToolArgumentException(name + " must be an ISO 8601 date YYYY-MM-DD, got " + value);
        }
    }
}
