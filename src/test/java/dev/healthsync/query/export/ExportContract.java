package dev.healthsync.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.HealthSyncBatchGenerator;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/export} on each database: exact files, every row, streamed, refusals before the first byte. */
abstract class ExportContract extends ApiTestSupport {

    /** A source name with each character RFC 4180 must quote: comma, double quote and line break. */
    private static final String AWKWARD_SOURCE = "Ana's \"Watch\", left\nwrist";

    private static final String HAND_MADE = """
            {"batchId": "export-hand-made", "deviceId": "phone", "samples": [
              {"uuid": "E1000000-0000-4000-8000-000000000001", "type": "HKQuantityTypeIdentifierHeartRate",
               "value": 61, "unit": "count/min",
               "startDate": "2025-03-04T07:31:05+01:00", "endDate": "2025-03-04T07:31:05+01:00",
               "source": {"name": "Ana's \\"Watch\\", left\\nwrist", "bundleId": "com.apple.health.w",
                          "version": "11.2"},
               "device": {"name": "Apple Watch", "manufacturer": "Apple Inc.", "model": "Watch"},
               "metadata": {"HKMetadataKeyHeartRateMotionContext": 1}},
              {"uuid": "E1000000-0000-4000-8000-000000000002", "type": "HKQuantityTypeIdentifierBodyMass",
               "value": 150, "unit": "lb",
               "startDate": "2025-03-04T08:00:00-05:00", "endDate": "2025-03-04T08:00:00-05:00",
               "source": {"name": "Scale", "bundleId": "com.example.scale"}},
              {"uuid": "E1000000-0000-4000-8000-000000000003", "type": "HKCategoryTypeIdentifierSleepAnalysis",
               "value": "HKCategoryValueSleepAnalysisAsleepCore",
               "startDate": "2025-03-03T23:42:10+01:00", "endDate": "2025-03-04T01:12:40+01:00",
               "source": {"name": "Scale", "bundleId": "com.example.scale"}}]}""";

    @Test
    void csvOfHandMadeSamplesIsExactAndReadsBack() {
        TestUser user = newUser();
        assertThat(postJson("/api/apple-health/sync", user.key(), HAND_MADE.getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);

        HttpResponse<String> csv = get("/api/v1/export?format=csv", user.key());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo(String.join("\r\n",
                "type,start,end,value,unit,original_value,original_unit,text_value,source,device,uuid,metadata",
                "HKCategoryTypeIdentifierSleepAnalysis,2025-03-03T23:42:10+01:00,2025-03-04T01:12:40+01:00,3,,,,"
                        + "HKCategoryValueSleepAnalysisAsleepCore,Scale,,E1000000-0000-4000-8000-000000000003,",
                "HKQuantityTypeIdentifierBodyMass,2025-03-04T08:00:00-05:00,2025-03-04T08:00:00-05:00,68.0388555,kg,"
                        + "150,lb,,Scale,,E1000000-0000-4000-8000-000000000002,",
                "HKQuantityTypeIdentifierHeartRate,2025-03-04T07:31:05+01:00,2025-03-04T07:31:05+01:00,61,count/min,,,,"
                        + "\"Ana's \"\"Watch\"\", left\nwrist\",Apple Watch,E1000000-0000-4000-8000-000000000001,"
                        + "\"{\"\"HKMetadataKeyHeartRateMotionContext\"\":1}\"") + "\r\n");

        List<CSVRecord> rows = parse(csv.body());
        assertThat(rows).hasSize(3);
        CSVRecord heartRate = rows.stream().filter(r -> r.get("type").endsWith("HeartRate")).findFirst().orElseThrow();
        assertThat(heartRate.get("source")).isEqualTo(AWKWARD_SOURCE);
        assertThat(JSON.readTree(heartRate.get("metadata")).path("HKMetadataKeyHeartRateMotionContext").asInt())
                .isEqualTo(1);
    }

    @Test
    void ndjsonHasEverySampleTheSamplesPagesHaveAndStreams() throws IOException {
        TestUser user = newUser();
        int total = 26_000;
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        new HealthSyncBatchGenerator().batchId("export-large").samples(total).workouts(0).seed(5).writeTo(batch);
        assertThat(postJson("/api/apple-health/sync", user.key(), batch.toByteArray()).statusCode()).isEqualTo(200);

        long paged = 0;
        Set<Long> ids = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = json(get("/api/v1/samples?limit=10000" + (cursor == null ? "" : "&cursor=" + cursor),
                    user.key()));
            paged += page.path("items").size();
            page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asString();
        } while (cursor != null);
        assertThat(paged).isEqualTo(total);
        assertThat(ids).as("no sample on two pages").hasSize(total);

        HttpResponse<String> ndjson = get("/api/v1/export?format=ndjson", user.key());
        assertThat(ndjson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        String[] lines = ndjson.body().split("\n");
        assertThat(lines).hasSize((int) paged);
        assertThat(JSON.readTree(lines[0]).path("type").asString()).startsWith("HK");

        HttpResponse<InputStream> streamed = HttpClient.newHttpClient().sendAsync(request("/api/v1/export")
                .header("Authorization", "Bearer " + user.key()).build(), HttpResponse.BodyHandlers.ofInputStream())
                .join();
        assertThat(streamed.headers().firstValue("Content-Length")).as("not buffered whole").isEmpty();
        assertThat(streamed.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(streamed.body(),
                StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).startsWith("type,start,end,");
            long rows = reader.lines().count();
            assertThat(rows).isEqualTo(total);
        }
    }

    @Test
    void theFileIsNamedAfterTypeAndRange() {
        TestUser user = newUser();
        assertThat(get("/api/v1/export", user.key()).headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"healthsync-all-first-last.csv\"");
        HttpResponse<String> typed = get("/api/v1/export?format=ndjson&type=HKQuantityTypeIdentifierStepCount"
                + "&from=2024-03-01&to=2024-04-01T00:00:00%2B02:00", user.key());
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(typed.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo(
                "attachment; filename=\"healthsync-HKQuantityTypeIdentifierStepCount-2024-03-01-2024-04-01.ndjson\"");
        assertThat(typed.body()).isEmpty();
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        TestUser user = newUser();
        assertRefused(get("/api/v1/export?format=xlsx", user.key()), "format");
        assertRefused(get("/api/v1/export?type=steps%3B", user.key()), "type");
        assertRefused(get("/api/v1/export?from=yesterday", user.key()), "from");
        assertRefused(get("/api/v1/export?to=2024-13-01", user.key()), "to");
        assertRefused(get("/api/v1/export?from=2024-03-02&to=2024-03-01", user.key()), "to");
    }

    private static void assertRefused(HttpResponse<String> response, String parameter) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(json(response).path("parameter").asString()).isEqualTo(parameter);
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
