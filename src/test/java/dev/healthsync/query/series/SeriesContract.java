package dev.healthsync.query.series;

import static dev.healthsync.query.series.Steps.GARMIN;
import static dev.healthsync.query.series.Steps.MANUAL;
import static dev.healthsync.query.series.Steps.PHONE;
import static dev.healthsync.query.series.Steps.WATCH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Series with hand-computed expectations, on each database: the merge of overlapping sources (docs/api.md#series),
 * per-source sums, contributions, the source priority, and buckets in zones and as lived.
 */
abstract class SeriesContract extends ApiTestSupport {

    /**
     * One day of steps, 2025-03-04 UTC, from four sources:
     * 08:00–08:10 watch 600 and phone 500 (full overlap: watch 600);
     * 09:00–09:10 watch 300, 09:05–09:15 phone 200 (partial: watch 300 + half the phone's, 100);
     * 10:00–11:00 phone 1200 (the watch off the wrist: 1200);
     * 12:00–13:00 a manual entry of 1000 over the watch's 12:00–12:30 700 (manual wins: 1000);
     * 14:00–14:20 Garmin 900, 14:10–14:30 phone 400 (phone 400 + Garmin's first 10 minutes, 450);
     * 23:50–00:10 watch 400 across midnight (200 on each day).
     */
    private TestUser dayOfSteps() {
        TestUser user = newUser();
        Steps steps = new Steps()
                .steps(WATCH, "2025-03-04T08:00:00Z", "2025-03-04T08:10:00Z", 600)
                .steps(PHONE, "2025-03-04T08:00:00Z", "2025-03-04T08:10:00Z", 500)
                .steps(WATCH, "2025-03-04T09:00:00Z", "2025-03-04T09:10:00Z", 300)
                .steps(PHONE, "2025-03-04T09:05:00Z", "2025-03-04T09:15:00Z", 200)
                .steps(PHONE, "2025-03-04T10:00:00Z", "2025-03-04T11:00:00Z", 1200)
                .steps(MANUAL, "2025-03-04T12:00:00Z", "2025-03-04T13:00:00Z", 1000)
                .steps(WATCH, "2025-03-04T12:00:00Z", "2025-03-04T12:30:00Z", 700)
                .steps(GARMIN, "2025-03-04T14:00:00Z", "2025-03-04T14:20:00Z", 900)
                .steps(PHONE, "2025-03-04T14:10:00Z", "2025-03-04T14:30:00Z", 400)
                .steps(WATCH, "2025-03-04T23:50:00Z", "2025-03-05T00:10:00Z", 400);
        assertThat(postJson("/api/apple-health/sync", user.key(), steps.batch()).statusCode()).isEqualTo(200);
        return user;
    }

    @Test
    void dailyTotalsMergeOverlappingSourcesAsTheHealthAppDoes() {
        TestUser user = dayOfSteps();
        JsonNode days = series(user, Map.of("from", "2025-03-04", "to", "2025-03-06", "bucket", "day"));
        assertThat(days.path("timeZone").asString()).isEqualTo("lived");
        assertThat(values(days)).containsExactly(4250.0, 200.0);
        assertThat(days.path("buckets").get(0).path("date").asString()).isEqualTo("2025-03-04");
        assertThat(days.path("buckets").get(0).path("unit").asString()).isEqualTo("count");
    }

    @Test
    void hourlyTotalsSplitSamplesByTime() {
        TestUser user = dayOfSteps();
        JsonNode hours = series(user, Map.of("from", "2025-03-04T00:00:00Z", "to", "2025-03-05T02:00:00Z",
                "bucket", "hour"));
        Map<Integer, Double> expected = Map.of(8, 600.0, 9, 400.0, 10, 1200.0, 12, 1000.0, 14, 850.0, 23, 200.0,
                24, 200.0);
        JsonNode buckets = hours.path("buckets");
        assertThat(buckets.size()).isEqualTo(26);
        for (int hour = 0; hour < 26; hour++) {
            JsonNode value = buckets.get(hour).path("value");
            assertThat(value.isNull() || value.isMissingNode() ? null : value.asDouble()).as("hour %d", hour)
                    .isEqualTo(expected.get(hour));
        }
    }

    @Test
    void mergeNoneGivesEachSourcesOwnSum() {
        TestUser user = dayOfSteps();
        JsonNode day = series(user, Map.of("from", "2025-03-04", "to", "2025-03-05", "merge", "none"))
                .path("buckets").get(0);
        assertThat(bySource(day.path("sources")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(WATCH, 1800.0, PHONE, 2300.0, MANUAL, 1000.0,
                        GARMIN, 900.0));
    }

    @Test
    void contributionsSayWhatEachSourceAddedAndAddUpToTheTotal() {
        TestUser user = dayOfSteps();
        JsonNode day = series(user, Map.of("from", "2025-03-04", "to", "2025-03-05", "explain", "true"))
                .path("buckets").get(0);
        Map<String, Double> contributions = bySource(day.path("contributions"));
        assertThat(contributions).containsExactlyInAnyOrderEntriesOf(Map.of(WATCH, 1100.0, PHONE, 1700.0,
                MANUAL, 1000.0, GARMIN, 450.0));
        assertThat(contributions.values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(day.path("value").asDouble());
    }

    @Test
    void anotherRankingChangesTheTotalsAtOnce() {
        TestUser user = dayOfSteps();
        assertThat(values(series(user, Map.of("from", "2025-03-04", "to", "2025-03-05")))).containsExactly(4250.0);
        HttpResponse<String> put = put(user, "/api/v1/source-priority", "{\"order\": [\"" + PHONE + "\", \"" + WATCH
                + "\"]}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(put).path("order").get(0).asString()).isEqualTo(PHONE);
        // the phone first: 500 + (200 + the watch's first 5 minutes, 150) + 1200 + 1000 manual + 850 + 200
        assertThat(values(series(user, Map.of("from", "2025-03-04", "to", "2025-03-05")))).containsExactly(4100.0);
        assertThat(values(series(user, Map.of("from", "2025-03-04T08:00:00Z", "to", "2025-03-04T10:00:00Z",
                "bucket", "hour")))).containsExactly(500.0, 350.0);
        put(user, "/api/v1/source-priority", "{\"order\": [], \"types\": {\"" + Steps.STEPS + "\": [\"" + GARMIN
                + "\"]}}");
        // Garmin first for steps: 14:00-14:20 900 + the phone's last 10 minutes, 200
        assertThat(values(series(user, Map.of("from", "2025-03-04T14:00:00Z", "to", "2025-03-04T15:00:00Z",
                "bucket", "hour")))).containsExactly(1100.0);
    }

    @Test
    void aDayInAmsterdamAndInLosAngeles() {
        TestUser user = dayOfSteps();
        // Amsterdam's 4 March is 23:00Z on the 3rd to 23:00Z on the 4th: all but the last 10 minutes before midnight
        assertThat(values(series(user, Map.of("from", "2025-03-04", "to", "2025-03-05",
                "tz", "Europe/Amsterdam")))).containsExactly(4050.0);
        // Los Angeles's 4 March is 08:00Z on the 4th to 08:00Z on the 5th: everything, the midnight walk whole
        JsonNode la = series(user, Map.of("from", "2025-03-04", "to", "2025-03-05", "tz", "America/Los_Angeles"));
        assertThat(values(la)).containsExactly(4450.0);
        assertThat(la.path("buckets").get(0).path("start").asString()).isEqualTo("2025-03-04T00:00:00-08:00");
    }

    @Test
    void daysWhenTheClocksChangeHave23And25Hours() {
        TestUser user = newUser();
        JsonNode spring = series(user, Map.of("from", "2025-03-30", "to", "2025-03-31", "bucket", "hour",
                "tz", "Europe/Amsterdam"));
        assertThat(spring.path("buckets").size()).isEqualTo(23);
        JsonNode autumn = series(user, Map.of("from", "2025-10-26", "to", "2025-10-27", "bucket", "hour",
                "tz", "Europe/Amsterdam"));
        assertThat(autumn.path("buckets").size()).isEqualTo(25);
        JsonNode day = series(user, Map.of("from", "2025-10-26", "to", "2025-10-27", "tz", "Europe/Amsterdam"))
                .path("buckets").get(0);
        assertThat(day.path("start").asString()).isEqualTo("2025-10-26T00:00:00+02:00");
        assertThat(day.path("end").asString()).isEqualTo("2025-10-27T00:00:00+01:00");
    }

    @Test
    void halfHourZonesSplitAtTheirOwnMidnight() {
        TestUser user = newUser();
        // 18:20Z–18:40Z is 23:50–00:10 in Kolkata (+05:30)
        byte[] batch = new Steps().steps(WATCH, "2025-03-04T18:20:00Z", "2025-03-04T18:40:00Z", 300).batch();
        postJson("/api/apple-health/sync", user.key(), batch);
        assertThat(values(series(user, Map.of("from", "2025-03-04", "to", "2025-03-06", "tz", "Asia/Kolkata"))))
                .containsExactly(150.0, 150.0);
        // and in Kathmandu (+05:45) 00:05–00:25 on the 5th
        assertThat(values(series(user, Map.of("from", "2025-03-04", "to", "2025-03-06", "tz", "Asia/Kathmandu"))))
                .containsExactly(null, 300.0);
        JsonNode hours = series(user, Map.of("from", "2025-03-04T23:00:00+05:30", "to", "2025-03-05T01:00:00+05:30",
                "bucket", "hour", "tz", "Asia/Kolkata"));
        assertThat(values(hours)).containsExactly(150.0, 150.0);
    }

    @Test
    void aSampleCarryingItsZoneCountsOnItsOwnLocalDay() {
        TestUser user = newUser();
        // both written at 23:30 UTC on 1 June; the first was lived in Amsterdam, at 01:30 on 2 June
        byte[] batch = new Steps()
                .add(Steps.STEPS, WATCH, "2025-06-01T23:30:00+00:00", "2025-06-01T23:40:00+00:00", 100,
                        Map.of("HKTimeZone", "Europe/Amsterdam"))
                .add(Steps.STEPS, PHONE, "2025-06-01T23:30:00+00:00", "2025-06-01T23:40:00+00:00", 40, Map.of())
                .batch();
        postJson("/api/apple-health/sync", user.key(), batch);
        JsonNode days = series(user, Map.of("from", "2025-06-01", "to", "2025-06-03", "merge", "none"));
        assertThat(bySource(days.path("buckets").get(0).path("sources"))).isEqualTo(Map.of(PHONE, 40.0));
        assertThat(bySource(days.path("buckets").get(1).path("sources"))).isEqualTo(Map.of(WATCH, 100.0));
    }

    @Test
    void discreteTypesAverageEverySource() {
        TestUser user = newUser();
        String heartRate = "HKQuantityTypeIdentifierHeartRate";
        byte[] batch = new Steps()
                .add(heartRate, WATCH, "2025-03-04T08:00:00Z", "2025-03-04T08:00:00Z", 60)
                .add(heartRate, WATCH, "2025-03-04T08:30:00Z", "2025-03-04T08:30:00Z", 90)
                .add(heartRate, PHONE, "2025-03-04T09:00:00Z", "2025-03-04T09:00:00Z", 75)
                .batch();
        postJson("/api/apple-health/sync", user.key(), batch);
        Map<String, Double> expected = Map.of("avg", 75.0, "min", 60.0, "max", 90.0, "count", 3.0);
        for (Map.Entry<String, Double> agg : expected.entrySet()) {
            JsonNode day = series(user, Map.of("type", heartRate, "from", "2025-03-04", "to", "2025-03-05",
                    "agg", agg.getKey()));
            assertThat(values(day)).as(agg.getKey()).containsExactly(agg.getValue());
        }
        HttpResponse<String> sum = get("/api/v1/series/" + heartRate + "?agg=sum", user.key());
        assertThat(sum.statusCode()).isEqualTo(400);
        assertThat(json(sum).path("parameter").asString()).isEqualTo("agg");
        assertThat(json(sum).path("detail").asString()).contains("avg, min, max, count");
    }

    @Test
    void badParametersAreRefusedByName() {
        TestUser user = newUser();
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("/api/v1/series/HKQuantityTypeIdentifierNoSuchThing", "type");
        refusals.put("/api/v1/series/" + Steps.STEPS + "?from=2025-03-05&to=2025-03-04", "from");
        refusals.put("/api/v1/series/" + Steps.STEPS + "?tz=Mars/Olympus", "tz");
        refusals.put("/api/v1/series/" + Steps.STEPS + "?bucket=fortnight", "bucket");
        refusals.put("/api/v1/series/" + Steps.STEPS + "?from=2015-01-01&to=2025-01-01&bucket=minute", "bucket");
        refusals.put("/api/v1/series/" + Steps.STEPS + "?from=yesterday", "from");
        refusals.put("/api/v1/series/" + Steps.STEPS + "?merge=sometimes", "merge");
        refusals.put("/api/v1/series/" + Steps.STEPS + "?weekStart=someday", "weekStart");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> response = get(refusal.getKey(), user.key());
            assertThat(response.statusCode()).as(refusal.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).path("parameter").asString()).as(refusal.getKey())
                    .isEqualTo(refusal.getValue());
        }
        HttpResponse<String> priority = put(user, "/api/v1/source-priority", "{\"order\": [\"A\", \"A\"]}");
        assertThat(priority.statusCode()).isEqualTo(400);
        assertThat(json(priority).path("parameter").asString()).isEqualTo("order");
    }

    @Test
    void anotherUsersStepsAreNotCounted() {
        dayOfSteps();
        TestUser other = newUser();
        assertThat(values(series(other, Map.of("from", "2025-03-04", "to", "2025-03-05")))).containsOnlyNulls();
    }

    @Test
    void appBucketsGiveTheTotalsOfDaysWithoutSamplesAndNeverAddToSamples() {
        TestUser user = newUser();
        String days = """
                {"data": {"metrics": [
                  {"name": "step_count", "units": "count", "data": [
                    {"date": "2025-08-11 00:00:00 +0100", "qty": 5000, "source": "Ana’s iPhone|Ana’s Apple Watch"},
                    {"date": "2025-08-11 00:00:00 +0100", "qty": 4800, "source": "Ana’s iPhone"},
                    {"date": "2025-08-12 00:00:00 +0100", "qty": 7000, "source": "Ana’s iPhone|Ana’s Apple Watch"},
                    {"date": "2025-08-13 00:00:00 +0100", "qty": %d, "source": "Ana’s iPhone|Ana’s Apple Watch"}]},
                  {"name": "heart_rate", "units": "count/min", "data": [
                    {"date": "2025-08-11 00:00:00 +0100", "Min": 50, "Avg": 70, "Max": 150}]}]}}""";
        String path = "/api/health-auto-export?aggregation=days&tz=Europe/London";
        assertThat(postJson(path, user.key(), days.formatted(4127).getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        assertThat(postJson(path, user.key(), days.formatted(6310).getBytes(StandardCharsets.UTF_8)).statusCode())
                .as("the day in progress, sent again later").isEqualTo(200);
        String hours = """
                {"data": {"metrics": [{"name": "step_count", "units": "count", "data": [
                  {"date": "2025-08-14 10:00:00 +0100", "qty": 300, "source": "Ana’s iPhone"},
                  {"date": "2025-08-14 11:00:00 +0100", "qty": 500, "source": "Ana’s iPhone"}]}]}}""";
        assertThat(postJson("/api/health-auto-export?aggregation=hours&tz=Europe/London", user.key(),
                hours.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        Steps raw = new Steps().steps(WATCH, "2025-08-12T11:00:00Z", "2025-08-12T11:10:00Z", 1234);
        assertThat(postJson("/api/apple-health/sync", user.key(), raw.batch()).statusCode()).isEqualTo(200);

        JsonNode daily = series(user, Map.of("from", "2025-08-11", "to", "2025-08-15", "bucket", "day"));
        assertThat(values(daily)).as("the largest source key, the samples alone, the last value sent, the hours")
                .containsExactly(5000.0, 1234.0, 6310.0, 800.0);
        assertThat(values(series(user, Map.of("from", "2025-08-11", "to", "2025-08-15", "bucket", "week"))))
                .containsExactly(13344.0);
        JsonNode whole = series(user, Map.of("bucket", "day")).path("buckets");
        assertThat(whole.get(0).path("date").asString()).as("without from, the history begins at the first bucket "
                + "(its UTC date, 23:00 the day before)").isEqualTo("2025-08-10");
        assertThat(whole.get(1).path("value").asDouble()).isEqualTo(5000.0);
        JsonNode perSource = series(user, Map.of("from", "2025-08-11", "to", "2025-08-12", "merge", "none"));
        assertThat(bySource(perSource.path("buckets").get(0).path("sources")))
                .containsExactly(Map.entry("Ana’s iPhone|Ana’s Apple Watch", 5000.0));
        assertThat(values(series(user, Map.of("from", "2025-08-11", "to", "2025-08-15", "agg", "count"))))
                .as("a bucket is no sample").containsExactly(null, 1.0, null, null);
        assertThat(values(series(user, Map.of("type", "HKQuantityTypeIdentifierHeartRate", "from", "2025-08-11",
                "to", "2025-08-12", "agg", "max")))).containsExactly(150.0);
        assertThat(values(series(user, Map.of("type", "HKQuantityTypeIdentifierHeartRate", "from", "2025-08-11",
                "to", "2025-08-12")))).containsExactly(70.0);
        assertThat(values(series(user, Map.of("from", "2025-08-11", "to", "2025-08-12", "tz", "Europe/London"))))
                .as("buckets are days as lived; an hour frame has no place for them").containsOnlyNulls();
    }

    protected JsonNode series(TestUser user, Map<String, String> parameters) {
        String type = parameters.getOrDefault("type", Steps.STEPS);
        StringBuilder path = new StringBuilder("/api/v1/series/" + type + "?");
        parameters.forEach((name, value) -> {
            if (!name.equals("type")) {
                path.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        HttpResponse<String> response = get(path.toString(), user.key());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    protected static java.util.List<Double> values(JsonNode series) {
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (JsonNode bucket : series.path("buckets")) {
            JsonNode value = bucket.path("value");
            values.add(value.isMissingNode() || value.isNull() ? null : value.asDouble());
        }
        return values;
    }

    protected static Map<String, Double> bySource(JsonNode list) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (JsonNode item : list) {
            values.put(item.path("source").asString(), item.path("value").asDouble());
        }
        return values;
    }

    protected HttpResponse<String> put(TestUser user, String path, String body) {
        return send(request(path).header("Authorization", "Bearer " + user.key())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
