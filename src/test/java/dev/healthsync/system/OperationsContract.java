package dev.healthsync.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The operators' endpoints of docs/operations.md on each database: probes that say UP and nothing else to anyone,
 * and a scrape, for admins only, whose meters count what was pushed and imported without showing any of it.
 */
abstract class OperationsContract extends ApiTestSupport {

    /** A step count no meter of the server could show by chance: if it is in the scrape, data leaked into it. */
    private static final Pattern PUSHED_STEPS = Pattern.compile("(?<![\\d.E])7331(?:\\.0)?(?!\\d)");

    @Test
    void theProbesAreOpenAndSayOnlyUp() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness"}) {
            HttpResponse<String> health = send(request(path).GET().build());
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void anAdminSeesWhatReadinessChecks() {
        JsonNode readiness = json(get("/actuator/health/readiness", admin().key()));
        assertThat(readiness.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").has("objectStore")).as("no S3 configured").isFalse();
    }

    @Test
    void onlyAnAdminMayScrape() {
        assertThat(send(request("/actuator/prometheus").GET().build()).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", newUser().key()).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", admin().key()).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env", admin().key()).statusCode()).as("not exposed").isEqualTo(404);
    }

    @Test
    void theScrapeCountsPushesAndImportsAndShowsNoneOfTheirData() throws IOException {
        TestUser user = newUser();
        TestUser admin = admin();
        String before = scrape(admin);

        JsonNode healthSync = push(user, "/api/apple-health/sync", """
                {"batchId": "ops-metrics", "samples": [
                  {"type": "HKQuantityTypeIdentifierStepCount", "value": 7331, "unit": "count",
                   "startDate": "2025-03-04T07:00:00+01:00", "endDate": "2025-03-04T07:10:00+01:00"}]}""");
        JsonNode exportPro = push(user, "/api/health-data", """
                {"syncSource": "ops", "data": {"HKQuantityTypeIdentifierStepCount": [
                  {"uuid": "OPS-1", "value": 7331, "unit": "count", "startDate": "2025-03-05T07:00:00+01:00",
                   "endDate": "2025-03-05T08:00:00+01:00"}]}}""");
        JsonNode autoExport = push(user, "/api/health-auto-export?aggregation=days", """
                {"data": {"metrics": [{"name": "step_count", "units": "count", "data": [
                  {"date": "2025-03-06 00:00:00 +0100", "qty": 7331, "source": "Ana’s iPhone"}]}]}}""");
        HttpResponse<String> malformed = postJson("/api/apple-health/sync", user.key(),
                "{\"samples\": [".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.statusCode()).isEqualTo(400);
        HttpResponse<String> notGzip = send(request("/api/apple-health/sync")
                .header("Authorization", "Bearer " + user.key()).header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(notGzip.statusCode()).as("refused while archived").isEqualTo(400);
        importExportDirectory(user, Path.of("src/test/resources/fixtures/export/apple_health_export"));
        String after = scrape(admin);

        assertThat(grew(before, after, "healthsync_push_records_total", "channel=\"healthsync\"",
                "result=\"inserted\"")).isEqualTo(healthSync.path("inserted").path("samples").asLong()).isOne();
        assertThat(grew(before, after, "healthsync_push_records_total", "channel=\"export-pro\"",
                "result=\"inserted\"")).isEqualTo(exportPro.path("inserted").path("measurements").asLong()).isOne();
        assertThat(grew(before, after, "healthsync_push_records_total", "channel=\"auto-export\"",
                "result=\"inserted\"")).isEqualTo(autoExport.path("aggregates").asLong()).isOne();
        for (String channel : new String[] {"healthsync", "export-pro", "auto-export"}) {
            assertThat(grew(before, after, "healthsync_push_seconds_count", "channel=\"" + channel + "\"",
                    "outcome=\"ok\"")).as(channel).isOne();
        }
        assertThat(grew(before, after, "healthsync_push_seconds_count", "channel=\"healthsync\"",
                "outcome=\"rejected-body\"")).isEqualTo(2);
        assertThat(grew(before, after, "healthsync_import_jobs_total", "status=\"done\"")).isOne();
        assertThat(grew(before, after, "healthsync_import_duration_seconds_count", "status=\"done\"")).isOne();
        assertThat(grew(before, after, "healthsync_import_records_total")).isPositive();
        assertThat(grew(before, after, "http_server_requests_seconds_count", "uri=\"/api/health-data\""))
                .isOne();
        assertThat(after).contains("hikaricp_connections_active{", "pool=\"healthsync\"");

        assertThat(PUSHED_STEPS.matcher(after).find()).as("a pushed step count").isFalse();
        assertThat(after).doesNotContain("48.2917", "Ana", "Apple Watch", "HKQuantityType", "@", user.key(),
                admin.key(), "user-", "admin-");
    }

    private TestUser admin() {
        String email = "admin-" + UUID.randomUUID() + "@example.test";
        long id = userService.create(email, "admin password " + UUID.randomUUID(), true).user().id();
        return new TestUser(id, email, null, apiKeyService.create(id, "scrape").key());
    }

    private JsonNode push(TestUser user, String path, String body) {
        HttpResponse<String> response = postJson(path, user.key(), body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    private String scrape(TestUser admin) {
        HttpResponse<String> scrape = get("/actuator/prometheus", admin.key());
        assertThat(scrape.statusCode()).isEqualTo(200);
        return scrape.body();
    }

    /** How much the samples of {@code metric} carrying every one of {@code labels} grew between two scrapes. */
    private static double grew(String before, String after, String metric, String... labels) {
        return sum(after, metric, labels) - sum(before, metric, labels);
    }

    private static double sum(String scrape, String metric, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*})? (\\S+)$").matcher(scrape);
        double total = 0;
        while (line.find()) {
            String tags = line.group(1) == null ? "" : line.group(1);
            boolean matches = true;
            for (String label : labels) {
                matches &= tags.contains(label);
            }
            total += matches ? Double.parseDouble(line.group(2)) : 0;
        }
        return total;
    }
}
