package dev.healthsync.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.HealthSyncBatchGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The HealthSync bridge contract (docs/contracts.md#healthsync-bridge), run against each database by its subclasses. */
abstract class HealthSyncPushContract extends ApiTestSupport {

    private static final String SYNC = "/api/apple-health/sync";

    @Test
    void storesABatchOnceAndAnswersARepeatWithDuplicates() {
        TestUser user = newUser();
        byte[] batch = batch("batch-1", "a", 10_000, 5);

        JsonNode first = json(postJson(SYNC, user.key(), batch));
        assertThat(first.path("inserted").path("samples").asLong()).isEqualTo(10_000);
        assertThat(first.path("inserted").path("workouts").asLong()).isEqualTo(5);
        assertThat(first.path("inserted").path("routePoints").asLong()).isEqualTo(5 * 20);
        assertThat(first.path("duplicates").asLong()).isZero();
        assertThat(count("samples", user.id())).isEqualTo(10_000);
        assertThat(count("workouts", user.id())).isEqualTo(5);
        assertThat(routePoints(user.id())).isEqualTo(100);

        HttpResponse<String> again = postJson(SYNC, user.key(), batch);
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode repeat = json(again);
        assertThat(repeat.path("inserted").path("samples").asLong()).isZero();
        assertThat(repeat.path("inserted").path("workouts").asLong()).isZero();
        assertThat(repeat.path("duplicates").asLong()).isEqualTo(10_005);
        assertThat(repeat.path("replayed").asBoolean()).isTrue();
        assertThat(repeat.path("original").path("inserted").path("samples").asLong()).isEqualTo(10_000);
        assertThat(count("samples", user.id())).isEqualTo(10_000);
    }

    @Test
    void theSameRecordsInANewBatchStoreNothingNewEvenWithOtherUuids() {
        TestUser user = newUser();
        postJson(SYNC, user.key(), batch("first", "a", 2_000, 2));

        JsonNode sameUuids = json(postJson(SYNC, user.key(), batch("second", "a", 2_000, 2)));
        assertThat(sameUuids.path("inserted").path("samples").asLong()).isZero();
        assertThat(sameUuids.path("duplicates").asLong()).isEqualTo(2_002);
        assertThat(sameUuids.has("replayed")).isFalse();

        JsonNode otherUuids = json(postJson(SYNC, user.key(), batch("third", "b", 2_000, 2)));
        assertThat(otherUuids.path("inserted").path("samples").asLong()).isZero();
        assertThat(otherUuids.path("inserted").path("workouts").asLong()).isZero();
        assertThat(otherUuids.path("duplicates").asLong()).isEqualTo(2_002);
        assertThat(count("samples", user.id())).isEqualTo(2_000);
        assertThat(count("workouts", user.id())).isEqualTo(2);
    }

    @Test
    void deletedRemovesExactlyTheNamedSamples() {
        TestUser user = newUser();
        postJson(SYNC, user.key(), batch("load", "a", 100, 0));
        List<String> doomed = List.of(HealthSyncBatchGenerator.sampleUuid("a", 3),
                HealthSyncBatchGenerator.sampleUuid("a", 77));

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new HealthSyncBatchGenerator().batchId("deletions").deviceId("phone").samples(0).workouts(0)
                .deleted(doomed).writeTo(body);
        JsonNode receipt = json(postJson(SYNC, user.key(), body.toByteArray()));

        assertThat(receipt.path("deleted").asLong()).isEqualTo(2);
        assertThat(count("samples", user.id())).isEqualTo(98);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM samples WHERE user_id = ? AND uuid IN (?, ?)")
                .params(user.id(), doomed.get(0), doomed.get(1)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM samples WHERE user_id = ? AND uuid = ?")
                .params(user.id(), HealthSyncBatchGenerator.sampleUuid("a", 4)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void deletingAWorkoutRemovesItsRouteAndNoOtherWorkoutsRoute() {
        TestUser user = newUser();
        postJson(SYNC, user.key(), batch("with-routes", "r", 0, 2));
        long pointsBefore = routePoints(user.id());
        assertThat(pointsBefore).isPositive();

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new HealthSyncBatchGenerator().batchId("delete-workout").deviceId("phone").samples(0).workouts(0)
                .deleted(List.of(HealthSyncBatchGenerator.workoutUuid("r", 0))).writeTo(body);
        JsonNode receipt = json(postJson(SYNC, user.key(), body.toByteArray()));

        assertThat(receipt.path("deleted").asLong()).isEqualTo(1);
        assertThat(count("workouts", user.id())).isEqualTo(1);
        assertThat(routePoints(user.id())).isEqualTo(pointsBefore / 2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM workout_routes WHERE workout_id NOT IN (SELECT id FROM workouts)")
                .query(Long.class).single()).as("orphaned routes").isZero();
    }

    @Test
    void aGzipBodyIsAccepted() throws IOException {
        TestUser user = newUser();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(batch("zipped", "a", 500, 1));
        }
        HttpResponse<String> response = send(request(SYNC).header("X-API-Key", user.key())
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(compressed.toByteArray())).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("inserted").path("samples").asLong()).isEqualTo(500);
    }

    @Test
    void aBrokenRecordIsRejectedByPathWhileTheRestIsStored() {
        TestUser user = newUser();
        String body = """
                {"batchId": "mixed", "samples": [
                  {"type": "HKQuantityTypeIdentifierStepCount", "value": 120, "unit": "count",
                   "startDate": "2025-03-04T07:00:00+01:00", "endDate": "2025-03-04T07:10:00+01:00"},
                  {"type": "HKQuantityTypeIdentifierStepCount", "value": 80, "unit": "count",
                   "startDate": "yesterday", "endDate": "2025-03-04T07:20:00+01:00"}]}""";
        HttpResponse<String> response = postJson(SYNC, user.key(), body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode receipt = json(response);
        assertThat(receipt.path("inserted").path("samples").asLong()).isEqualTo(1);
        assertThat(receipt.path("rejected").get(0).path("path").asString()).isEqualTo("samples[1].startDate");
        assertThat(count("samples", user.id())).isEqualTo(1);
    }

    @Test
    void aRoutePointOutOfRangeIsDroppedAndRejectedByPathWhileTheWorkoutAndItsOtherPointsAreStored() {
        TestUser user = newUser();
        String body = """
                {"batchId": "bad-point", "workouts": [
                  {"activityType": "HKWorkoutActivityTypeRunning",
                   "startDate": "2025-03-04T18:00:00+01:00", "endDate": "2025-03-04T18:30:00+01:00",
                   "route": [
                     {"timestamp": "2025-03-04T18:00:02+01:00", "latitude": 48.1372, "longitude": 11.5755},
                     {"timestamp": "2025-03-04T18:00:03+01:00", "latitude": 95, "longitude": 11.5756},
                     {"timestamp": "2025-03-04T18:00:01+01:00", "latitude": 48.1371, "longitude": 11.5754,
                      "horizontalAccuracy": -1}]}]}""";
        HttpResponse<String> response = postJson(SYNC, user.key(), body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode receipt = json(response);
        assertThat(receipt.path("inserted").path("workouts").asLong()).isEqualTo(1);
        assertThat(receipt.path("inserted").path("routePoints").asLong()).isEqualTo(2);
        assertThat(receipt.path("rejected")).singleElement().satisfies(reject -> {
            assertThat(reject.path("path").asString()).isEqualTo("workouts[0].route[1].latitude");
            assertThat(reject.path("reason").asString()).isEqualTo("out of range");
        });
        assertThat(count("workouts", user.id())).isEqualTo(1);
        assertThat(routePoints(user.id())).isEqualTo(2);
    }

    @Test
    void malformedJsonIs400AndStoresOnlyTheArchiveEntry() {
        TestUser user = newUser();
        HttpResponse<String> response = postJson(SYNC, user.key(),
                "{\"samples\": [{\"type\": \"HKQuantityTypeIdentifierStepCount\", \"value\": 1,"
                        .getBytes(StandardCharsets.UTF_8));
        assertProblem(response, 400, "/problems/malformed-body");
        assertThat(count("samples", user.id())).isZero();
        assertThat(jdbc.sql("SELECT status FROM raw_archive WHERE user_id = ?").param(user.id()).query(String.class)
                .single()).isEqualTo("rejected");
    }

    @Test
    void aWrongTopLevelShapeIs400() {
        TestUser user = newUser();
        assertProblem(postJson(SYNC, user.key(), "[{\"type\": \"x\"}]".getBytes(StandardCharsets.UTF_8)), 400,
                "/problems/malformed-body");
        assertProblem(postJson(SYNC, user.key(), "{\"samples\": {}}".getBytes(StandardCharsets.UTF_8)), 400,
                "/problems/malformed-body");
        assertThat(count("samples", user.id())).isZero();
    }

    @Test
    void aBatchWhoseOnlyRecordsAreInvalidIs422WithEachPath() {
        TestUser user = newUser();
        String badDate = sample("\"HKQuantityTypeIdentifierStepCount\"", "12", "\"2025-13-45T00:00:00+01:00\"");
        String notNumeric = sample("\"HKQuantityTypeIdentifierStepCount\"", "\"twelve\"", "\"2025-03-04T07:00:00Z\"");
        String unknownType = sample("\"StepsPlease\"", "12", "\"2025-03-04T07:00:00Z\"");
        String body = "{\"batchId\": \"all-bad\", \"samples\": [" + badDate + "," + notNumeric + "," + unknownType
                + "]}";
        HttpResponse<String> response = postJson(SYNC, user.key(), body.getBytes(StandardCharsets.UTF_8));
        JsonNode problem = assertProblem(response, 422, "/problems/unprocessable-batch");
        assertThat(problem.path("rejected").findValuesAsString("path"))
                .containsExactly("samples[0].startDate", "samples[1].value", "samples[2].type");
        assertThat(count("samples", user.id())).isZero();
        assertThat(count("push_batches", user.id())).isZero();
    }

    @Test
    void missingOrRevokedCredentialsAre401() {
        TestUser user = newUser();
        byte[] body = batch("auth", "a", 10, 0);
        HttpResponse<String> anonymous = send(request(SYNC).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertProblem(anonymous, 401, "/problems/unauthorized");

        long keyId = apiKeyService.list(user.id()).get(0).id();
        apiKeyService.revoke(user.id(), keyId);
        assertProblem(postJson(SYNC, user.key(), body), 401, "/problems/unauthorized");
        assertThat(count("samples", user.id())).isZero();
        assertThat(count("raw_archive", user.id())).isZero();
    }

    @Test
    void oneUsersKeyNeitherReadsNorWritesAnotherUsersData() {
        TestUser ana = newUser();
        TestUser bob = newUser();
        postJson(SYNC, ana.key(), batch("ana", "a", 50, 1));

        assertThat(json(get("/api/v1/samples", bob.key())).path("items").size()).isZero();
        assertThat(json(get("/api/v1/types", bob.key())).size()).isZero();
        assertThat(get("/api/apple-health/devices/phone", bob.key()).statusCode()).isEqualTo(404);
        assertThat(get("/api/apple-health/devices/phone", ana.key()).statusCode()).isEqualTo(200);

        JsonNode bobs = json(postJson(SYNC, bob.key(), batch("ana", "a", 50, 1)));
        assertThat(bobs.path("inserted").path("samples").asLong()).isEqualTo(50);
        assertThat(count("samples", ana.id())).isEqualTo(50);
        assertThat(count("samples", bob.id())).isEqualTo(50);
    }

    @Test
    void anchorsAndTheDeviceAreKeptPerInstallation() {
        TestUser user = newUser();
        String body = """
                {"batchId": "anchors", "deviceId": "install-42",
                 "device": {"name": "Ana’s iPhone", "model": "iPhone16,1", "systemVersion": "18.2", "appVersion": "1.3.0"},
                 "samples": [], "anchors": {"HKQuantityTypeIdentifierStepCount": "opaque-1"}}""";
        postJson(SYNC, user.key(), body.getBytes(StandardCharsets.UTF_8));
        postJson(SYNC, user.key(), body.replace("anchors\",", "anchors-2\",").replace("opaque-1", "opaque-2")
                .getBytes(StandardCharsets.UTF_8));

        JsonNode device = json(get("/api/apple-health/devices/install-42", user.key()));
        assertThat(device.path("name").asString()).isEqualTo("Ana’s iPhone");
        assertThat(device.path("appVersion").asString()).isEqualTo("1.3.0");
        assertThat(device.path("anchors").path("HKQuantityTypeIdentifierStepCount").asString()).isEqualTo("opaque-2");
    }

    private static String sample(String type, String value, String start) {
        return "{\"type\": " + type + ", \"value\": " + value + ", \"unit\": \"count\", \"startDate\": " + start
                + ", \"endDate\": \"2025-03-04T07:10:00Z\"}";
    }

    private static byte[] batch(String batchId, String uuidPrefix, int samples, int workouts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HealthSyncBatchGenerator().batchId(batchId).deviceId("phone").uuidPrefix(uuidPrefix).seed(7)
                .samples(samples).workouts(workouts).routePointsPerWorkout(20).writeTo(out);
        return out.toByteArray();
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }
}
