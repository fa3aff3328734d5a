package dev.healthsync.query.sleep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Sleep on each database: samples pushed through the HealthSync bridge, read back per night, by hand. */
abstract class SleepContract extends ApiTestSupport {

    private static final String WATCH = "Ana’s Apple Watch";
    private static final String PHONE = "Ana’s iPhone";
    private static final String APP = "Sleep++";
    private static final String STAGE = "HKCategoryValueSleepAnalysis";

    @Test
    void aWatchsStagesAndAPhonesInBedMakeOneNightPerDayWithItsNaps() {
        TestUser user = newUser();
        push(user, twoNights());

        JsonNode nights = nights(user, "?from=2025-03-05&to=2025-03-07");
        assertThat(nights).hasSize(2);
        JsonNode first = nights.get(0);
        assertThat(first.path("date").asString()).isEqualTo("2025-03-05");
        assertThat(first.path("bedtime").asString()).isEqualTo("2025-03-04T22:30:00+01:00");
        assertThat(first.path("wakeTime").asString()).isEqualTo("2025-03-05T07:00:00+01:00");
        assertThat(first.path("sleepStart").asString()).isEqualTo("2025-03-04T23:00:00+01:00");
        assertThat(first.path("sleepEnd").asString()).isEqualTo("2025-03-05T06:30:00+01:00");
        assertThat(minutes(first)).containsExactly(510.0, 440.0, 320.0, 60.0, 60.0, 10.0, 0.0);
        assertThat(first.path("sources").valueStream().map(JsonNode::asString)).containsExactly(PHONE, WATCH);
        assertThat(first.path("naps")).hasSize(1);
        assertThat(minutes(first.path("naps").get(0))).containsExactly(40.0, 40.0, 40.0, 0.0, 0.0, 0.0, 0.0);

        JsonNode second = nights.get(1);
        assertThat(second.path("date").asString()).isEqualTo("2025-03-06");
        assertThat(minutes(second)).containsExactly(390.0, 390.0, 390.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(second.path("naps")).isEmpty();

        assertThat(nights(user, "?from=2025-03-06&to=2025-03-07")).hasSize(1);
        assertThat(nights(user, "?from=2025-03-04&to=2025-03-05")).isEmpty();
    }

    @Test
    void theUsersSourcePriorityDecidesBetweenStagesButNeverLetsInBedWin() {
        TestUser user = newUser();
        List<Map<String, Object>> samples = twoNights();
        samples.add(sample(APP, "2025-03-04T23:00:00+01:00", "2025-03-05T06:30:00+01:00", STAGE + "Asleep"));
        push(user, samples);
        String day = "?from=2025-03-05&to=2025-03-06";
        assertThat(minutes(nights(user, day).get(0))).containsExactly(510.0, 440.0, 320.0, 60.0, 60.0, 10.0, 0.0);

        String priority = "{\"types\": {\"HKCategoryTypeIdentifierSleepAnalysis\": [\"" + PHONE + "\", \"" + APP
                + "\"]}}";
        assertThat(send(request("/api/v1/source-priority").header("Authorization", "Bearer " + user.key())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(priority))
                .build()).statusCode()).isEqualTo(200);
        JsonNode night = nights(user, day).get(0);
        assertThat(minutes(night)).containsExactly(510.0, 450.0, 0.0, 0.0, 0.0, 0.0, 450.0);
        assertThat(night.path("sources").valueStream().map(JsonNode::asString)).containsExactly(PHONE, APP);
    }

    @Test
    void badParametersAreRefusedByName() {
        TestUser user = newUser();
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("/api/v1/sleep?from=yesterday", "from");
        refusals.put("/api/v1/sleep?to=2025-13-01", "to");
        refusals.put("/api/v1/sleep?from=2025-03-05&to=2025-03-05", "to");
        refusals.put("/api/v1/sleep?from=2024-01-01&to=2025-03-01", "to");
        assertRefusedByName(user.key(), refusals);
        assertThat(nights(user, "")).as("the last week, empty").isEmpty();
    }

    @Test
    void anotherUsersNightsAreNotSeen() {
        push(newUser(), twoNights());
        assertThat(nights(newUser(), "?from=2025-03-05&to=2025-03-07")).isEmpty();
    }

    /** The night to the 5th (phone InBed, watch stages, a deep stage sent as its code), a nap, the night to the 6th. */
    private static List<Map<String, Object>> twoNights() {
        List<Map<String, Object>> samples = new ArrayList<>();
        samples.add(sample(PHONE, "2025-03-04T22:30:00+01:00", "2025-03-05T07:00:00+01:00", STAGE + "InBed"));
        samples.add(sample(WATCH, "2025-03-04T23:00:00+01:00", "2025-03-05T01:00:00+01:00", STAGE + "AsleepCore"));
        samples.add(sample(WATCH, "2025-03-05T01:00:00+01:00", "2025-03-05T02:00:00+01:00", 4));
        samples.add(sample(WATCH, "2025-03-05T02:00:00+01:00", "2025-03-05T03:00:00+01:00", STAGE + "AsleepREM"));
        samples.add(sample(WATCH, "2025-03-05T03:00:00+01:00", "2025-03-05T03:10:00+01:00", STAGE + "Awake"));
        samples.add(sample(WATCH, "2025-03-05T03:10:00+01:00", "2025-03-05T06:30:00+01:00", STAGE + "AsleepCore"));
        samples.add(sample(WATCH, "2025-03-05T14:00:00+01:00", "2025-03-05T14:40:00+01:00", STAGE + "AsleepCore"));
        samples.add(sample(WATCH, "2025-03-05T23:30:00+01:00", "2025-03-06T06:00:00+01:00", STAGE + "AsleepCore"));
        return samples;
    }

    private static Map<String, Object> sample(String source, String start, String end, Object value) {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("uuid", UUID.randomUUID().toString());
        sample.put("type", SleepStage.TYPE);
        sample.put("value", value);
        sample.put("startDate", start);
        sample.put("endDate", end);
        sample.put("source", Map.of("name", source, "bundleId", switch (source) {
            case WATCH -> "com.apple.health.5B2C9F10";
            case PHONE -> "com.apple.health.81A2B3C4";
            default -> "com.example.sleep";
        }));
        if (WATCH.equals(source)) {
            sample.put("device", Map.of("name", "Apple Watch", "manufacturer", "Apple Inc.", "model", "Watch"));
        }
        return sample;
    }

    private void push(TestUser user, List<Map<String, Object>> samples) {
        byte[] batch = JSON.writeValueAsBytes(Map.of("batchId", UUID.randomUUID().toString(),
                "deviceId", "hand-written", "samples", samples));
        HttpResponse<String> response = postJson("/api/apple-health/sync", user.key(), batch);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("inserted").path("samples").asInt()).as(response.body())
                .isEqualTo(samples.size());
    }

    private JsonNode nights(TestUser user, String query) {
        HttpResponse<String> response = get("/api/v1/sleep" + query, user.key());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).path("nights");
    }

    /** inBed, asleep, core, deep, REM, awake, unspecified. */
    private static List<Double> minutes(JsonNode night) {
        return List.of("inBed", "asleep", "core", "deep", "rem", "awake", "unspecified").stream()
                .map(name -> night.path(name + "Minutes").asDouble()).toList();
    }
}
