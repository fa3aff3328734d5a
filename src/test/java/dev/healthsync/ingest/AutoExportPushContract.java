package dev.healthsync.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Health Auto Export's REST automation (docs/contracts.md#health-auto-export) through the real endpoint, on each database. */
abstract class AutoExportPushContract extends ApiTestSupport {

    private static final String PATH = "/api/health-auto-export";

    @Test
    void everySectionIsStoredAndAResendStoresNothingNew() {
        TestUser user = newUser();
        byte[] body = fixture("all-sections-wrapped.json");
        HttpResponse<String> first = postJson(PATH + "?tz=Europe/Amsterdam", user.key(), body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode receipt = json(first);
        assertThat(receipt.path("inserted").path("workouts").asLong()).isPositive();
        assertThat(receipt.path("sections").path("metrics").path("records").asLong()).isPositive();
        assertThat(receipt.path("sections").path("workouts").path("records").asLong()).isPositive();
        long samples = count("samples", user.id());
        long aggregates = count("aggregates", user.id());
        long documents = count("documents", user.id());
        long workouts = count("workouts", user.id());
        assertThat(samples).isPositive();
        assertThat(aggregates).isPositive();
        assertThat(documents).isPositive();
        assertThat(jdbc.sql("SELECT DISTINCT kind FROM documents WHERE user_id = ? ORDER BY kind").param(user.id())
                .query(String.class).list()).contains("ECG", "HEART_RATE_NOTIFICATION", "STATE_OF_MIND");

        JsonNode again = json(postJson(PATH + "?tz=Europe/Amsterdam", user.key(), body));
        assertThat(again.path("inserted").path("measurements").asLong()).as("nothing new").isZero();
        assertThat(again.path("duplicates").asLong()).isEqualTo(receipt.path("count").asLong());
        assertThat(again.path("inserted").path("workouts").asLong()).isZero();
        assertThat(count("samples", user.id())).isEqualTo(samples);
        assertThat(count("aggregates", user.id())).isEqualTo(aggregates);
        assertThat(count("documents", user.id())).isEqualTo(documents);
        assertThat(count("workouts", user.id())).isEqualTo(workouts);
    }

    @Test
    void aResentBucketReplacesTheEarlierValue() {
        TestUser user = newUser();
        String day = """
                {"data": {"metrics": [{"name": "step_count", "units": "count", "data": [
                  {"date": "2025-08-12 00:00:00 +0100", "qty": %d, "source": "Ana’s iPhone"}]}]}}""";
        postJson(PATH + "?aggregation=days", user.key(), day.formatted(4000).getBytes(StandardCharsets.UTF_8));
        JsonNode replaced = json(postJson(PATH + "?aggregation=days", user.key(),
                day.formatted(9100).getBytes(StandardCharsets.UTF_8)));
        assertThat(replaced.path("aggregates").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT qty FROM aggregates WHERE user_id = ?").param(user.id()).query(Double.class)
                .list()).containsExactly(9100.0);
        assertThat(count("samples", user.id())).isZero();
    }

    @Test
    void theCsvModeReadsLocalTimesInTheUsersZone() {
        TestUser user = newUser();
        String boundary = "----healthsync-test-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"HealthMetrics.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + new String(fixture("metrics-days.csv"), StandardCharsets.UTF_8) + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = send(request(PATH + "?tz=Europe/Amsterdam")
                .header("X-API-Key", user.key())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Long firstDay = jdbc.sql("""
                        SELECT MIN(a.start_ms) FROM aggregates a JOIN health_types t ON t.id = a.type_id
                        WHERE a.user_id = ? AND t.identifier = 'HKQuantityTypeIdentifierStepCount'""")
                .param(user.id()).query(Long.class).single();
        assertThat(firstDay).as("2025-03-29 00:00 in Amsterdam (UTC+1)").isEqualTo(1_743_202_800_000L);
        assertThat(count("raw_archive", user.id())).isEqualTo(1);
    }

    @Test
    void theUsersZoneSettingReadsCsvTimesWhenTheUrlNamesNone() {
        TestUser user = newUser();
        assertThat(send(request("/api/v1/users/me/settings").header("X-API-Key", user.key())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timeZone\": \"America/New_York\"}")).build())
                .statusCode()).isEqualTo(200);
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\n\r\n"
                + "Date/Time,Step Count (count)\n2025-03-29 00:00:00,1200\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = send(request(PATH).header("X-API-Key", user.key())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT start_ms FROM aggregates WHERE user_id = ?").param(user.id())
                .query(Long.class).single()).as("2025-03-29 00:00 in New York (UTC-4)").isEqualTo(1_743_220_800_000L);
    }

    @Test
    void aFormEncodedBodyStillReachesTheDecoderWhole() {
        TestUser user = newUser();
        String body = """
                {"metrics": [{"name": "step_count", "units": "count", "data": [
                  {"date": "2025-08-12 00:00:00 +0100", "qty": 321}]}]}""";
        HttpResponse<String> response = send(request(PATH + "?aggregation=days").header("X-API-Key", user.key())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(count("aggregates", user.id())).isEqualTo(1);
    }

    @Test
    void aMultipartBodyWithoutPartsIs400() {
        TestUser user = newUser();
        HttpResponse<String> response = send(request(PATH).header("X-API-Key", user.key())
                .header("Content-Type", "multipart/form-data; boundary=nothing-here")
                .POST(HttpRequest.BodyPublishers.ofString("garbage")).build());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownAggregationIs400() {
        TestUser user = newUser();
        HttpResponse<String> response = postJson(PATH + "?aggregation=fortnights", user.key(),
                "{\"metrics\": []}".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("type").asString()).isEqualTo("/problems/bad-request");
    }

    private static byte[] fixture(String name) {
        try (InputStream in = AutoExportPushContract.class.getResourceAsStream("/fixtures/health-auto-export/"
                + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
