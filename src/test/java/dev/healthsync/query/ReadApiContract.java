package dev.healthsync.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.HealthSyncBatchGenerator;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The first read path: types and raw samples with cursor pagination, on each database. */
abstract class ReadApiContract extends ApiTestSupport {

    @Test
    void typesSummarizeWhatWasPushed() {
        TestUser user = newUser();
        push(user, 500);
        JsonNode types = json(get("/api/v1/types", user.key()));
        long total = 0;
        for (JsonNode type : types) {
            total += type.path("count").asLong();
            assertThat(type.path("first").asString()).isNotBlank();
        }
        assertThat(total).isEqualTo(500);
        JsonNode heartRate = find(types, "HKQuantityTypeIdentifierHeartRate");
        assertThat(heartRate.path("unit").asString()).isEqualTo("count/min");
        assertThat(heartRate.path("kind").asString()).isEqualTo("quantity");
        assertThat(heartRate.path("aggregation").asString()).isEqualTo("discrete");
        assertThat(find(types, "HKCategoryTypeIdentifierSleepAnalysis").path("kind").asString())
                .isEqualTo("category");
    }

    @Test
    void pagesWalkEverySampleOnceInStartOrder() {
        TestUser user = newUser();
        push(user, 1_050);
        Set<Long> seen = new HashSet<>();
        List<String> starts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String path = "/api/v1/samples?limit=400" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = json(get(path, user.key()));
            for (JsonNode item : page.path("items")) {
                assertThat(seen.add(item.path("id").asLong())).isTrue();
                starts.add(item.path("startDate").asString());
            }
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(1_050);
        assertThat(pages).isEqualTo(3);
        assertThat(starts).isSortedAccordingTo((a, b) -> Long.compare(OffsetDateTime.parse(a).toEpochSecond(),
                OffsetDateTime.parse(b).toEpochSecond()));
    }

    @Test
    void typedPagesWithinARangeHoldExactlyTheRangesSamples() {
        TestUser user = newUser();
        push(user, 1_050);
        String type = "HKQuantityTypeIdentifierHeartRate";
        JsonNode all = json(get("/api/v1/samples?limit=10000&type=" + type, user.key())).path("items");
        assertThat(all.size()).isGreaterThan(40);
        String from = all.get(10).path("startDate").asString();
        String to = all.get(all.size() - 10).path("startDate").asString();
        List<Long> expected = new ArrayList<>();
        for (JsonNode item : all) {
            OffsetDateTime start = OffsetDateTime.parse(item.path("startDate").asString());
            if (!start.isBefore(OffsetDateTime.parse(from)) && start.isBefore(OffsetDateTime.parse(to))) {
                expected.add(item.path("id").asLong());
            }
        }
        List<Long> paged = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/v1/samples?limit=7&type=" + type + "&from=" + encode(from) + "&to=" + encode(to)
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = json(get(path, user.key()));
            page.path("items").forEach(item -> paged.add(item.path("id").asLong()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asString();
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void filtersByTypeAndTimeAndStreamsNdjson() {
        TestUser user = newUser();
        push(user, 300);
        String type = "HKQuantityTypeIdentifierStepCount";
        JsonNode all = json(get("/api/v1/samples?limit=10000&type=" + type, user.key()));
        assertThat(all.path("items").size()).isPositive();
        for (JsonNode item : all.path("items")) {
            assertThat(item.path("type").asString()).isEqualTo(type);
        }
        JsonNode first = all.path("items").get(0);
        assertThat(first.path("unit").asString()).isEqualTo("count");
        assertThat(first.path("source").path("name").asString()).isNotBlank();

        String from = URLEncoder.encode(all.path("items").get(1).path("startDate").asString(), StandardCharsets.UTF_8);
        JsonNode later = json(get("/api/v1/samples?limit=10000&type=" + type + "&from=" + from, user.key()));
        assertThat(later.path("items").size()).isEqualTo(all.path("items").size() - 1);

        assertThat(json(get("/api/v1/samples?limit=10000&type=" + type + "&device=Apple%20Watch", user.key()))
                .path("items").size()).isEqualTo(all.path("items").size());
        assertThat(json(get("/api/v1/samples?type=" + type + "&device=iPhone", user.key())).path("items").size())
                .isZero();
        assertThat(first.path("startDate").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*");

        HttpResponse<String> ndjson = send(request("/api/v1/samples?limit=10000&type=" + type)
                .header("Authorization", "Bearer " + user.key()).header("Accept", "application/x-ndjson").build());
        assertThat(ndjson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        String[] lines = ndjson.body().split("\n");
        assertThat(lines).hasSize(all.path("items").size());
        assertThat(JSON.readTree(lines[0]).path("id").asLong()).isEqualTo(first.path("id").asLong());
    }

    @Test
    void theCreationDateIsStoredAsNumbersAndReadBackInTheMetadataAsSent() {
        TestUser user = newUser();
        String sent = "{\"HKExportCreationDate\":\"2025-03-04 07:31:40 +0100\",\"HKMetadataKeyHeartRateMotionContext\":1}";
        String onlyDate = "{\"HKExportCreationDate\":\"2025-03-04 07:32:40 +0100\"}";
        String notExportShape = "{\"HKExportCreationDate\":\"2025-03-04T07:33:40+01:00\"}";
        String body = """
                {"batchId": "created", "deviceId": "phone", "samples": [
                  %s, %s, %s]}""".formatted(heartRate("c1", "07:31:05", sent), heartRate("c2", "07:32:05", onlyDate),
                heartRate("c3", "07:33:05", notExportShape));
        assertThat(postJson("/api/apple-health/sync", user.key(), body.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);

        JsonNode items = json(get("/api/v1/samples?type=HKQuantityTypeIdentifierHeartRate", user.key())).path("items");
        assertThat(items).hasSize(3);
        assertThat(JSON.writeValueAsString(items.get(0).path("metadata"))).isEqualTo(sent);
        assertThat(JSON.writeValueAsString(items.get(1).path("metadata"))).isEqualTo(onlyDate);
        assertThat(JSON.writeValueAsString(items.get(2).path("metadata"))).isEqualTo(notExportShape);

        List<String> stored = jdbc.sql("""
                        SELECT COALESCE(metadata, '-') || ' ' || COALESCE(CAST(created_ms AS TEXT), '-') || ' '
                               || COALESCE(CAST(created_offset AS TEXT), '-')
                        FROM samples WHERE user_id = ? ORDER BY start_ms""")
                .param(user.id()).query(String.class).list();
        long created = OffsetDateTime.parse("2025-03-04T07:31:40+01:00").toInstant().toEpochMilli();
        assertThat(stored).containsExactly(
                "{\"HKMetadataKeyHeartRateMotionContext\":1} " + created + " 3600",
                "- " + (created + 60_000) + " 3600",
                notExportShape + " - -");
    }

    private static String heartRate(String uuid, String time, String metadata) {
        return """
                {"uuid": "%s", "type": "HKQuantityTypeIdentifierHeartRate", "value": 61, "unit": "count/min",
                 "startDate": "2025-03-04T%s+01:00", "endDate": "2025-03-04T%s+01:00", "metadata": %s}"""
                .formatted(uuid, time, time, metadata);
    }

    @Test
    void badParametersAre400Problems() {
        TestUser user = newUser();
        assertThat(get("/api/v1/samples?limit=0", user.key()).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/samples?limit=10001", user.key()).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/samples?from=yesterday", user.key()).statusCode()).isEqualTo(400);
        HttpResponse<String> badCursor = get("/api/v1/samples?cursor=!!", user.key());
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(json(badCursor).path("type").asString()).isEqualTo("/problems/bad-request");
        assertThat(get("/api/v1/samples?cursor=MTc0MTA2OTg2NTAwMDox", user.key()).statusCode())
                .as("a cursor of the wrong length").isEqualTo(400);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void push(TestUser user, int samples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HealthSyncBatchGenerator().batchId("read-" + samples).samples(samples).workouts(0).seed(3).writeTo(out);
        assertThat(postJson("/api/apple-health/sync", user.key(), out.toByteArray()).statusCode()).isEqualTo(200);
    }

    private static JsonNode find(JsonNode types, String type) {
        for (JsonNode node : types) {
            if (node.path("type").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no type " + type + " in " + types);
    }
}
