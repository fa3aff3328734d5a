package dev.healthsync.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.GpxSchema;
import dev.healthsync.testing.SharedFixtures;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The real exports and payloads in {@code ../shared/fixtures} (written by others; see their PROVENANCE.md) read
 * back through the read API: routes point by point, sleep filed by the zone it was lived in, an app's day buckets
 * as the daily totals. Skipped with a message where that folder is absent; CI has it.
 */
abstract class ReadConformanceContract extends ApiTestSupport {

    private static final Path EXPORT = SharedFixtures.ROOT.resolve("export");
    private static final DateTimeFormatter HAE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    @Test
    void aRouteReferencedAsAGpxFileReadsBackPointByPointAsGeoJsonAndValidGpx() throws Exception {
        Path xml = EXPORT.resolve("legacy-2019_en-US_route-filereference_export.xml");
        Path gpxFile = EXPORT.resolve("route_2019-06-11_3.00pm_en-US.gpx");
        SharedFixtures.assumePresent(gpxFile);
        TestUser user = newUser();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
            Files.copy(xml, out);
            // the name its FileReference gives; the shared copy carries a locale suffix
            out.putNextEntry(new ZipEntry("apple_health_export/workout-routes/route_2019-06-11_3.00pm.gpx"));
            Files.copy(gpxFile, out);
        }
        importExport(user, zip.toByteArray(), "export.zip");

        JsonNode feature = route(user);
        List<String> exported = GPX.Reader.of(GPX.Reader.Mode.LENIENT).read(gpxFile).tracks()
                .flatMap(Track::segments).flatMap(TrackSegment::points)
                .map(p -> p.getLongitude().doubleValue() + "," + p.getLatitude().doubleValue()).toList();
        assertThat(positions(feature)).as("every point of the GPX file, in its order")
                .containsExactlyElementsOf(exported);
        String gpx = routeGpx(user);
        GpxSchema.validate(gpx);
        assertThat(GPX.Reader.of(GPX.Reader.Mode.STRICT).fromString(gpx).tracks().flatMap(Track::segments)
                .mapToLong(s -> s.getPoints().size()).sum()).isEqualTo(exported.size());
    }

    @Test
    void inlineRouteLocationsReadBackAsARoute() throws Exception {
        Path xml = EXPORT.resolve("legacy-2019_en-US_inline-route-locations_export.xml");
        SharedFixtures.assumePresent(xml);
        TestUser user = newUser();
        importExport(user, Files.readAllBytes(xml), "export.xml");

        JsonNode feature = route(user);
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("LineString");
        assertThat(positions(feature)).as("its two Location elements").containsExactly("-122.426,37.7777",
                "-122.426,37.7777");
        assertThat(feature.path("properties").path("courses").get(0).isNull()).as("CoreLocation's -1 is none")
                .isTrue();
        GpxSchema.validate(routeGpx(user));
    }

    @Test
    void sleepIsFiledUnderTheDayItWasLivedInItsOwnZone() throws IOException {
        Path xml = EXPORT.resolve("ios17_en-NL_sleep-stages_hktimezone_export.xml");
        SharedFixtures.assumePresent(xml);
        TestUser user = newUser();
        importExport(user, Files.readAllBytes(xml), "export.xml");

        // Written +02:00 in January, lived in Europe/Amsterdam (+01:00): the phone's InBed at 00:55 written is
        // 23:55 on New Year's Eve, and the watch's core sleep from 03:27 written is 02:27 on New Year's Day.
        JsonNode nights = json(ok(get("/api/v1/sleep?from=2023-12-31&to=2024-01-02", user.key()))).path("nights");
        assertThat(nights).extracting(n -> n.path("date").asString()).containsExactly("2023-12-31", "2024-01-01");
        JsonNode newYear = nights.get(1);
        assertThat(newYear.path("sleepStart").asString()).isEqualTo("2024-01-01T02:27:53+01:00");
        assertThat(newYear.path("coreMinutes").asDouble()).isEqualTo(12.5);
        assertThat(newYear.path("asleepMinutes").asDouble()).isEqualTo(12.5);
        assertThat(newYear.path("sources")).extracting(JsonNode::asString)
                .containsExactly("Alexandre's Apple Watch");
        assertThat(nights.get(0).path("inBedMinutes").asDouble()).as("85 seconds").isEqualTo(1.4);
        assertThat(nights.get(0).path("asleepMinutes").asDouble()).isZero();
    }

    @Test
    void anAppsDayBucketsAreTheDailyTotals() throws IOException {
        Path file = SharedFixtures.ROOT.resolve(
                "push/health-auto-export/cronxco-spark_metrics_daily-aggregated_nowrapper.json");
        SharedFixtures.assumePresent(file);
        TestUser user = newUser();
        ok(postJson("/api/health-auto-export?aggregation=days", user.key(), Files.readAllBytes(file)));

        Map<String, Double> expected = new LinkedHashMap<>();
        for (JsonNode metric : JSON.readTree(file.toFile()).path("metrics")) {
            if (metric.path("name").asString().equals("step_count")) {
                for (JsonNode point : metric.path("data")) {
                    expected.merge(OffsetDateTime.parse(point.path("date").asString(), HAE).toLocalDate().toString(),
                            point.path("qty").asDouble(), Math::max);
                }
            }
        }
        List<String> days = new ArrayList<>(expected.keySet());
        JsonNode series = json(ok(get("/api/v1/series/HKQuantityTypeIdentifierStepCount?bucket=day&from="
                + days.get(0) + "&to=" + java.time.LocalDate.parse(days.get(days.size() - 1)).plusDays(1),
                user.key())));
        Map<String, Double> served = new LinkedHashMap<>();
        for (JsonNode bucket : series.path("buckets")) {
            served.put(bucket.path("date").asString(), bucket.path("value").asDouble());
        }
        assertThat(served).isEqualTo(expected);
    }

    private JsonNode route(TestUser user) {
        long id = json(ok(get("/api/v1/workouts", user.key()))).path("items").get(0).path("id").asLong();
        return json(ok(get("/api/v1/workouts/" + id + "/route", user.key())));
    }

    private String routeGpx(TestUser user) {
        long id = json(ok(get("/api/v1/workouts", user.key()))).path("items").get(0).path("id").asLong();
        return ok(get("/api/v1/workouts/" + id + "/route.gpx", user.key())).body();
    }

    private static List<String> positions(JsonNode feature) {
        List<String> positions = new ArrayList<>();
        for (JsonNode position : feature.path("geometry").path("coordinates")) {
            positions.add(position.get(0).asDouble() + "," + position.get(1).asDouble());
        }
        return positions;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
