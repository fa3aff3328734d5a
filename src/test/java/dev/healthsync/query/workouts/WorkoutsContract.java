package dev.healthsync.query.workouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.GpxSchema;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;

/** The workout endpoints on each database: paging and totals, one workout whole, its route as GeoJSON and GPX. */
abstract class WorkoutsContract extends ApiTestSupport {

    private static final OffsetDateTime RUN = OffsetDateTime.of(2025, 6, 1, 7, 0, 0, 0, ZoneOffset.ofHours(2));
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/export/apple_health_export");
    private static final String APPLE_GPX = "workout-routes/route_2024-05-01_7.12am.gpx";
    private static final String TRACK_POINT_EXTENSION = "http://www.garmin.com/xmlschemas/TrackPointExtension/v2";
    /** One thousandth of a degree of latitude on the mean Earth radius, the step between the run's points. */
    private static final double STEP_METERS = 6_371_008.8 * Math.toRadians(0.001);

    @Test
    void pagesThrough25000WorkoutsWithNoLossAndTotalsTheWholeList() {
        TestUser user = newUser();
        int total = 25_000;
        OffsetDateTime base = OffsetDateTime.of(2020, 1, 1, 6, 0, 0, 0, ZoneOffset.UTC);
        for (int batch = 0; batch < 5; batch++) {
            StringBuilder body = new StringBuilder("{\"batchId\": \"w-" + batch + "\", \"deviceId\": \"phone\", "
                    + "\"workouts\": [");
            for (int i = batch * 5000; i < (batch + 1) * 5000; i++) {
                // two workouts per start, so the order within one start is tested too
                OffsetDateTime start = base.plusMinutes(i / 2 * 10L);
                body.append(i % 5000 == 0 ? "" : ",").append("""
                        {"uuid": "W-%d", "activityType": "HKWorkoutActivityType%s", "startDate": "%s",
                         "endDate": "%s", "duration": 1800,
                         "statistics": {"HKQuantityTypeIdentifierDistanceWalkingRunning": {"sum": %d, "unit": "m"}},
                         "source": {"name": "Ana’s Apple Watch", "bundleId": "com.apple.health.W"}}"""
                        .formatted(i, i % 2 == 0 ? "Running" : "Walking", start, start.plusMinutes(30),
                                (i % 5 + 1) * 1000));
            }
            body.append("]}");
            HttpResponse<String> pushed = postJson("/api/apple-health/sync", user.key(),
                    body.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
        }

        List<String> uuids = new ArrayList<>();
        List<OffsetDateTime> starts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        JsonNode page;
        do {
            page = json(get("/api/v1/workouts?limit=1000" + (cursor == null ? "" : "&cursor=" + cursor), user.key()));
            for (JsonNode item : page.path("items")) {
                uuids.add(item.path("uuid").asString());
                starts.add(OffsetDateTime.parse(item.path("start").asString()));
            }
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(uuids).hasSize(total);
        assertThat(new HashSet<>(uuids)).hasSize(total);
        assertThat(starts.stream().map(OffsetDateTime::toInstant).toList()).isSorted();
        assertThat(pages).isBetween(25, 26);
        assertThat(page.path("totals").path("workouts").asLong()).as("totals cover the list, not the page")
                .isEqualTo(total);
        assertThat(page.path("totals").path("durationSeconds").asDouble()).isEqualTo(total * 1800.0);
        assertThat(page.path("totals").path("statistics").path("HKQuantityTypeIdentifierDistanceWalkingRunning")
                .path("sum").asDouble()).isEqualTo(75_000_000.0);

        JsonNode running = json(get("/api/v1/workouts?activityType=Running&limit=10", user.key()));
        assertThat(running.path("items")).hasSize(10);
        assertThat(running.path("items").get(1).path("activityType").asString())
                .isEqualTo("HKWorkoutActivityTypeRunning");
        assertThat(running.path("totals").path("workouts").asLong()).isEqualTo(total / 2);
        assertThat(running.path("totals").path("statistics").path("HKQuantityTypeIdentifierDistanceWalkingRunning")
                .path("sum").asDouble()).isEqualTo(37_500_000.0);
        JsonNode oneDay = json(get("/api/v1/workouts?from=2020-01-02&to=2020-01-03"
                + "&activityType=HKWorkoutActivityTypeWalking&source=Ana’s%20Apple%20Watch", user.key()));
        assertThat(oneDay.path("totals").path("workouts").asLong()).as("144 starts a day, one walk each")
                .isEqualTo(144);
        assertThat(json(get("/api/v1/workouts?source=Ana’s%20iPhone", user.key())).path("items")).isEmpty();
    }

    @Test
    void aWorkoutReadsBackWholeWithItsHeartRateAndRouteSummary() {
        TestUser user = newUser();
        long id = pushRun(user);

        JsonNode run = json(get("/api/v1/workouts/" + id, user.key()));
        assertThat(run.path("activityType").asString()).isEqualTo("HKWorkoutActivityTypeRunning");
        assertThat(run.path("start").asString()).isEqualTo("2025-06-01T07:00:00+02:00");
        assertThat(run.path("durationSeconds").asDouble()).isEqualTo(1920.0);
        assertThat(run.path("source").path("name").asString()).isEqualTo("Ana’s Apple Watch");
        JsonNode statistics = run.path("statistics");
        assertThat(statistics.path("HKQuantityTypeIdentifierDistanceWalkingRunning").path("sum").asDouble())
                .isEqualTo(3002.0);
        assertThat(statistics.path("HKQuantityTypeIdentifierHeartRate").path("max").asDouble()).isEqualTo(171.0);
        assertThat(statistics.path("HKQuantityTypeIdentifierHeartRate").has("sum")).isFalse();
        assertThat(run.path("events")).extracting(e -> e.path("type").asString()).containsExactly(
                "HKWorkoutEventTypeLap", "HKWorkoutEventTypePause", "HKWorkoutEventTypeResume");

        JsonNode heartRate = run.path("heartRate");
        assertThat(heartRate.path("count").asInt()).as("the samples during the run, none before or after")
                .isEqualTo(7);
        assertThat(heartRate.path("min").asDouble()).isEqualTo(121.0);
        assertThat(heartRate.path("max").asDouble()).isEqualTo(151.0);
        assertThat(heartRate.path("samples").get(0).path("time").asString()).isEqualTo("2025-06-01T07:01:00+02:00");
        assertThat(heartRate.path("truncated").asBoolean()).isFalse();

        JsonNode route = run.path("route");
        assertThat(route.path("points").asInt()).isEqualTo(31);
        assertThat(route.path("segments").asInt()).isEqualTo(2);
        assertThat(route.path("distanceMeters").asDouble()).as("27 steps, none across the pause")
                .isCloseTo(27 * STEP_METERS, within(0.01));
        assertThat(route.path("elevationGainMeters").asDouble()).isEqualTo(17.0);
        assertThat(route.path("elevationLossMeters").asDouble()).isEqualTo(20.0);
        assertThat(route.path("bbox")).extracting(JsonNode::asDouble).containsExactly(11.5, 48.1, 11.5, 48.13);

        JsonNode listed = json(get("/api/v1/workouts", user.key())).path("items");
        assertThat(listed).extracting(w -> w.path("routePoints").asInt()).containsExactly(31, 0);
        assertThat(run.path("device").path("hardwareVersion").asString()).isEqualTo("Watch7,3");
        JsonNode byDevice = json(get("/api/v1/workouts?device=Apple%20Watch", user.key()));
        assertThat(byDevice.path("items")).extracting(w -> w.path("uuid").asString()).containsExactly("RUN-1");
        assertThat(byDevice.path("totals").path("workouts").asLong()).isEqualTo(1);
    }

    @Test
    void aRouteIsGeoJsonSplitAtItsPause() {
        TestUser user = newUser();
        long id = pushRun(user);

        HttpResponse<String> response = get("/api/v1/workouts/" + id + "/route", user.key());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        JsonNode feature = json(response);
        assertThat(feature.path("type").asString()).isEqualTo("Feature");
        JsonNode geometry = feature.path("geometry");
        assertThat(geometry.path("type").asString()).isEqualTo("MultiLineString");
        assertThat(geometry.path("coordinates")).extracting(JsonNode::size).containsExactly(10, 19);
        assertThat(geometry.path("coordinates").get(1).get(0)).extracting(JsonNode::asDouble)
                .containsExactly(11.5, 48.112);
        JsonNode properties = feature.path("properties");
        assertThat(properties.path("coordTimes").get(0).get(9).asString()).isEqualTo("2025-06-01T07:09:00+02:00");
        assertThat(properties.path("coordTimes").get(1).get(0).asString()).as("the first point after the resume")
                .isEqualTo("2025-06-01T07:12:00+02:00");
        assertThat(properties.path("altitudes").get(1).get(0).asDouble()).isEqualTo(512.0);
        assertThat(properties.path("speeds").get(1).get(0).asDouble()).isEqualTo(2.9);

        JsonNode accepted = json(send(request("/api/v1/workouts/" + id + "/route")
                .header("Authorization", "Bearer " + user.key()).header("Accept", "application/json").build()));
        assertThat(accepted).isEqualTo(feature);
        assertThat(send(request("/api/v1/workouts/" + id + "/route").header("Authorization", "Bearer " + user.key())
                .header("Accept", "text/html").build()).statusCode()).isEqualTo(406);
    }

    @Test
    void aRouteIsGpx11ThatValidatesAndAGpxLibraryReadsStrictly() throws IOException, SAXException {
        TestUser user = newUser();
        long id = pushRun(user);

        HttpResponse<String> negotiated = send(request("/api/v1/workouts/" + id + "/route")
                .header("Authorization", "Bearer " + user.key())
                .header("Accept", "application/gpx+xml, application/json;q=0.5").build());
        assertThat(negotiated.statusCode()).isEqualTo(200);
        assertThat(negotiated.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/gpx+xml");
        HttpResponse<String> file = get("/api/v1/workouts/" + id + "/route.gpx", user.key());
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("workout-" + id + ".gpx");
        assertThat(file.body()).isEqualTo(negotiated.body());
        GpxSchema.validate(file.body());

        GPX gpx = GPX.Reader.of(GPX.Reader.Mode.STRICT).read(new ByteArrayInputStream(
                file.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(gpx.getVersion()).isEqualTo("1.1");
        assertThat(gpx.getTracks()).hasSize(1);
        Track track = gpx.getTracks().get(0);
        assertThat(track.getType()).hasValue("Running");
        assertThat(track.getSegments()).extracting(s -> s.getPoints().size()).containsExactly(10, 19);
        TrackSegment afterPause = track.getSegments().get(1);
        WayPoint first = afterPause.getPoints().get(0);
        assertThat(first.getLatitude().doubleValue()).isEqualTo(48.112);
        assertThat(first.getElevation().orElseThrow().doubleValue()).isEqualTo(512.0);
        assertThat(first.getTime().orElseThrow()).isEqualTo(RUN.plusMinutes(12).toInstant());
        Document extensions = first.getExtensions().orElseThrow();
        assertThat(extensions.getElementsByTagNameNS(TRACK_POINT_EXTENSION, "speed").item(0).getTextContent())
                .isEqualTo("2.9");
        assertThat(extensions.getElementsByTagNameNS(TRACK_POINT_EXTENSION, "course").item(0).getTextContent())
                .isEqualTo("0.0");
    }

    @Test
    void anImportedWorkoutKeepsItsActivitiesEventsAndRoute() throws IOException, SAXException {
        TestUser user = newUser();
        importExportDirectory(user, FIXTURE);

        JsonNode items = json(get("/api/v1/workouts", user.key())).path("items");
        assertThat(items).extracting(w -> w.path("activityType").asString())
                .containsExactly("HKWorkoutActivityTypeRunning", "HKWorkoutActivityTypeCycling");
        JsonNode run = json(get("/api/v1/workouts/" + items.get(0).path("id").asLong(), user.key()));
        assertThat(run.path("statistics").path("HKQuantityTypeIdentifierDistanceWalkingRunning").path("sum")
                .asDouble()).isEqualTo(5020.0);
        assertThat(run.path("activities")).hasSize(1);
        assertThat(run.path("activities").get(0).toString()).contains("5E3B1C2A-9D1F-4F0E-8B7C-2A1D3E4F5A6B");
        assertThat(run.path("metadata").has("HKWorkoutActivities")).as("shown as activities, not twice").isFalse();
        assertThat(run.path("metadata").path("HKIndoorWorkout").isMissingNode()).isFalse();
        assertThat(run.path("events")).extracting(e -> e.path("type").asString()).containsExactly(
                "HKWorkoutEventTypeSegment", "HKWorkoutEventTypePause", "HKWorkoutEventTypeResume");
        assertThat(run.path("route").path("points").asInt()).isEqualTo(4);
        assertThat(run.path("route").path("segments").asInt()).isEqualTo(1);

        JsonNode route = json(get("/api/v1/workouts/" + run.path("id").asLong() + "/route", user.key()));
        assertThat(route.path("geometry").path("type").asString()).isEqualTo("LineString");
        List<WayPoint> exported = GPX.Reader.of(GPX.Reader.Mode.LENIENT).read(FIXTURE.resolve(APPLE_GPX))
                .tracks().flatMap(Track::segments).flatMap(TrackSegment::points).toList();
        List<String> served = new ArrayList<>();
        for (JsonNode position : route.path("geometry").path("coordinates")) {
            served.add(position.get(1).asDouble() + "," + position.get(0).asDouble());
        }
        assertThat(served).as("every point of the export's GPX file, in its order").containsExactlyElementsOf(
                exported.stream().map(p -> p.getLatitude().doubleValue() + "," + p.getLongitude().doubleValue())
                        .toList());
        assertThat(route.path("properties").path("coordTimes").get(1).asString())
                .isEqualTo(route.path("properties").path("coordTimes").get(0).asString());
        assertThat(route.path("properties").path("speeds").get(2).isNull()).as("CoreLocation's -1 is no speed")
                .isTrue();
        String ours = get("/api/v1/workouts/" + run.path("id").asLong() + "/route.gpx", user.key()).body();
        GpxSchema.validate(ours);
        GPX gpx = GPX.Reader.of(GPX.Reader.Mode.STRICT).read(new ByteArrayInputStream(
                ours.getBytes(StandardCharsets.UTF_8)));
        assertThat(gpx.getTracks().get(0).getSegments().get(0).getPoints()).hasSize(4);
        assertThatThrownBy(() -> GpxSchema.validate(Files.readString(FIXTURE.resolve(APPLE_GPX))))
                .as("Apple's own file, unprefixed speed in its extensions, is what the schema refuses")
                .isInstanceOf(SAXException.class).hasMessageContaining("speed");
    }

    @Test
    void anotherUsersWorkoutIsNotFoundAndBadParametersAreNamed() {
        TestUser user = newUser();
        long id = pushRun(user);
        long withoutRoute = json(get("/api/v1/workouts", user.key())).path("items").get(1).path("id").asLong();
        TestUser other = newUser();
        for (String path : List.of("", "/route", "/route.gpx")) {
            HttpResponse<String> foreign = get("/api/v1/workouts/" + id + path, other.key());
            assertThat(foreign.statusCode()).as(path).isEqualTo(404);
            assertThat(foreign.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
        assertThat(json(get("/api/v1/workouts", other.key())).path("items")).isEmpty();
        assertThat(json(get("/api/v1/workouts", other.key())).path("totals").path("workouts").asLong()).isZero();
        assertThat(get("/api/v1/workouts/" + withoutRoute + "/route", user.key()).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/workouts/" + withoutRoute, user.key()).statusCode()).isEqualTo(200);

        assertThat(json(get("/api/v1/workouts?limit=0", user.key())).path("parameter").asString()).isEqualTo("limit");
        assertThat(json(get("/api/v1/workouts?cursor=bm9wZQ", user.key())).path("parameter").asString())
                .isEqualTo("cursor");
        assertThat(json(get("/api/v1/workouts?from=soon", user.key())).path("parameter").asString())
                .isEqualTo("from");
        assertThat(json(get("/api/v1/workouts?activityType=Run-ning", user.key())).path("parameter").asString())
                .isEqualTo("activityType");
        assertThat(get("/api/v1/workouts/abc", user.key()).statusCode()).isEqualTo(400);
    }

    /**
     * A 32-minute run with a lap, a pause from minute 10 to 12, heart rate every 5 minutes (and one sample on each
     * side of it), and a point a minute due north (0.001°) whose altitude climbs a metre a minute to minute 20,
     * then falls two; and a walk the next day without a route. Returns the run's id.
     */
    private long pushRun(TestUser user) {
        StringBuilder route = new StringBuilder();
        for (int m = 0; m <= 30; m++) {
            route.append(m == 0 ? "" : ",").append("""
                    {"timestamp": "%s", "latitude": %s, "longitude": 11.5, "altitude": %d, "speed": 2.9,
                     "course": 0}""".formatted(RUN.plusMinutes(m), 48.1 + m / 1000.0,
                    500 + (m <= 20 ? m : 20 - 2 * (m - 20))));
        }
        StringBuilder samples = new StringBuilder();
        int[] minutes = {-5, 1, 6, 11, 16, 21, 26, 31, 40};
        for (int i = 0; i < minutes.length; i++) {
            samples.append(i == 0 ? "" : ",").append("""
                    {"uuid": "HR-%d", "type": "HKQuantityTypeIdentifierHeartRate", "value": %d, "unit": "count/min",
                     "startDate": "%3$s", "endDate": "%3$s"}""".formatted(i, 120 + minutes[i],
                    RUN.plusMinutes(minutes[i])));
        }
        String body = """
                {"batchId": "run", "deviceId": "phone", "samples": [%s],
                 "workouts": [
                  {"uuid": "RUN-1", "activityType": "HKWorkoutActivityTypeRunning", "startDate": "%s",
                   "endDate": "%s", "duration": 1920,
                   "statistics": {"HKQuantityTypeIdentifierDistanceWalkingRunning": {"sum": 3002, "unit": "m"},
                                  "HKQuantityTypeIdentifierHeartRate": {"min": 98, "avg": 141, "max": 171,
                                                                        "unit": "count/min"}},
                   "events": [{"type": "HKWorkoutEventTypePause", "date": "%s"},
                              {"type": "HKWorkoutEventTypeResume", "date": "%s"},
                              {"type": "HKWorkoutEventTypeLap", "date": "%s"}],
                   "route": [%s],
                   "source": {"name": "Ana’s Apple Watch", "bundleId": "com.apple.health.W"},
                   "device": {"name": "Apple Watch", "model": "Watch", "hardwareVersion": "Watch7,3"}},
                  {"uuid": "WALK-1", "activityType": "HKWorkoutActivityTypeWalking", "startDate": "%s",
                   "endDate": "%s", "duration": 600}]}"""
                .formatted(samples, RUN, RUN.plusMinutes(32), RUN.plusMinutes(10), RUN.plusMinutes(12),
                        RUN.plusMinutes(5), route, RUN.plusDays(1), RUN.plusDays(1).plusMinutes(10));
        HttpResponse<String> pushed = postJson("/api/apple-health/sync", user.key(),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
        return json(get("/api/v1/workouts", user.key())).path("items").get(0).path("id").asLong();
    }
}
