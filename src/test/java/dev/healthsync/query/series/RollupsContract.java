package dev.healthsync.query.series;

import static dev.healthsync.query.series.Steps.GARMIN;
import static dev.healthsync.query.series.Steps.PHONE;
import static dev.healthsync.query.series.Steps.STEPS;
import static dev.healthsync.query.series.Steps.WATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.healthsync.imports.ImportJobs;
import dev.healthsync.storage.BlobStore;
import dev.healthsync.storage.RollupStore;
import dev.healthsync.testing.ApiTestSupport;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rollups never disagree with the samples: over a generated year of overlapping steps from three sources and
 * heart rate, after pushes, deletions, a re-sent batch, an import over the pushes, a new ranking and a rebuild,
 * every series from the rollups equals the same series computed from the samples alone.
 */
abstract class RollupsContract extends ApiTestSupport {

    private static final String HEART_RATE = "HKQuantityTypeIdentifierHeartRate";
    private static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    @Autowired
    SeriesService series;

    @Autowired
    RollupStore rollups;

    @Autowired
    RollupMaintenance maintenance;

    @Autowired
    ImportJobs jobs;

    @Autowired
    BlobStore blobs;

    /** One generated sample, kept so the test can delete, re-send and import it. */
    private record Generated(String type, String source, String start, String end, double value) {
    }

    @Test
    void rollupsEqualTheSamplesThroughEveryKindOfChange() throws Exception {
        TestUser user = newUser();
        List<Generated> year = year(new SplittableRandom(2024));
        List<List<Generated>> batches = chunks(year, 6_000);
        for (List<Generated> batch : batches) {
            push(user, batch, List.of());
        }
        assertAgree(user, "after the pushes");

        List<String> deleted = new ArrayList<>();
        for (int i = 0; i < year.size(); i += 37) {
            Generated g = year.get(i);
            deleted.add(Steps.uuidOf(g.type(), g.source(), g.start(), g.end(), g.value()));
        }
        push(user, List.of(), deleted);
        assertAgree(user, "after deletions");

        push(user, batches.get(1), List.of());
        assertAgree(user, "after a re-sent batch");

        importExport(user, year.subList(1_000, 1_400));
        assertAgree(user, "after an import over the pushes");

        assertThat(send(request("/api/v1/source-priority").header("Authorization", "Bearer " + user.key())
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"order\": [\"" + GARMIN + "\", \"" + PHONE
                        + "\"]}")).build()).statusCode()).isEqualTo(200);
        assertAgree(user, "after a new ranking");

        rollups.restart();
        maintenance.refreshAll();
        assertAgree(user, "after a rebuild");
    }

    private void assertAgree(TestUser user, String when) {
        List<Map<String, String>> queries = List.of(
                Map.of("from", "2024-01-01", "to", "2025-01-01"),
                Map.of("from", "2024-01-01", "to", "2025-01-01", "bucket", "week"),
                Map.of("from", "2024-01-01", "to", "2025-01-01", "bucket", "month", "merge", "none"),
                Map.of("from", "2024-03-01", "to", "2024-04-01", "bucket", "hour", "tz", "Europe/Amsterdam"),
                Map.of("from", "2024-10-01", "to", "2024-11-15", "tz", "America/New_York", "explain", "true"),
                Map.of("from", "2024-06-01", "to", "2024-07-01", "source", WATCH));
        for (Map<String, String> query : queries) {
            assertSame(user, STEPS, query, when);
        }
        for (String agg : List.of("avg", "min", "max", "count")) {
            assertSame(user, HEART_RATE, Map.of("from", "2024-01-01", "to", "2025-01-01", "agg", agg), when);
        }
    }

    private void assertSame(TestUser user, String type, Map<String, String> parameters, String when) {
        SeriesQuery query = new SeriesQuery(parameters.get("from"), parameters.get("to"), parameters.get("bucket"),
                parameters.get("agg"), parameters.get("tz"), parameters.get("merge"),
                "true".equals(parameters.get("explain")), parameters.get("source"), null, null, null);
        SeriesView rolled = series.series(user.id(), type, query);
        SeriesView direct = series.fromSamples(user.id(), type, query);
        assertThat(rolled.buckets()).as("%s %s %s", when, type, parameters).hasSameSizeAs(direct.buckets());
        int nonEmpty = 0;
        for (int i = 0; i < direct.buckets().size(); i++) {
            SeriesView.Bucket expected = direct.buckets().get(i);
            SeriesView.Bucket actual = rolled.buckets().get(i);
            String what = when + " " + type + " " + parameters + " bucket " + expected.start();
            assertThat(actual.start()).as(what).isEqualTo(expected.start());
            if (expected.value() == null) {
                assertThat(actual.value()).as(what).isNull();
                continue;
            }
            nonEmpty++;
            assertThat(actual.value()).as(what).isCloseTo(expected.value(), within(1e-6 * (1 + expected.value())));
            assertSameSources(actual.sources(), expected.sources(), what);
            assertSameSources(actual.contributions(), expected.contributions(), what);
        }
        assertThat(nonEmpty).as("%s %s %s: buckets with data", when, type, parameters).isPositive();
    }

    private static void assertSameSources(List<SeriesView.SourceValue> actual, List<SeriesView.SourceValue> expected,
                                          String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
            return;
        }
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).source()).as(what).isEqualTo(expected.get(i).source());
            assertThat(actual.get(i).value()).as(what)
                    .isCloseTo(expected.get(i).value(), within(1e-6 * (1 + expected.get(i).value())));
        }
    }

    /**
     * 2024 with overlapping steps from watch, phone and Garmin (some watch samples carrying Amsterdam as their
     * zone, some crossing midnight) and heart rate from the watch.
     */
    private static List<Generated> year(SplittableRandom random) {
        List<Generated> samples = new ArrayList<>();
        OffsetDateTime day = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (int d = 0; d < 366; d++, day = day.plusDays(1)) {
            for (String source : List.of(WATCH, PHONE, GARMIN)) {
                for (int i = 0; i < 12; i++) {
                    OffsetDateTime start = day.plusMinutes(random.nextInt(6 * 60, 24 * 60 + 30));
                    OffsetDateTime end = start.plusSeconds(random.nextInt(0, 1_800));
                    samples.add(new Generated(STEPS, source, start.toString(), end.toString(),
                            random.nextInt(1, 900)));
                }
            }
            for (int i = 0; i < 8; i++) {
                OffsetDateTime at = day.plusMinutes(random.nextInt(0, 24 * 60));
                samples.add(new Generated(HEART_RATE, WATCH, at.toString(), at.toString(), random.nextInt(48, 170)));
            }
        }
        return samples;
    }

    private void push(TestUser user, List<Generated> samples, List<String> deleted) {
        Steps steps = new Steps();
        int i = 0;
        for (Generated g : samples) {
            Map<String, Object> metadata = g.source().equals(WATCH) && i++ % 5 == 0
                    ? Map.of("HKTimeZone", "Europe/Amsterdam") : Map.of();
            steps.add(g.type(), g.source(), g.start(), g.end(), g.value(), metadata);
        }
        assertThat(postJson("/api/apple-health/sync", user.key(), steps.batch(deleted)).statusCode()).isEqualTo(200);
    }

    /** Imports the given samples again, as export.xml records (no UUIDs), plus as many new ones in 2023. */
    private void importExport(TestUser user, List<Generated> again) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n");
        for (Generated g : again) {
            record(xml, g.type(), g.source(), OffsetDateTime.parse(g.start()), OffsetDateTime.parse(g.end()), g.value());
            record(xml, g.type(), g.source(), OffsetDateTime.parse(g.start()).minusYears(1),
                    OffsetDateTime.parse(g.end()).minusYears(1), g.value());
        }
        xml.append("</HealthData>\n");
        String key = "uploads/" + user.id() + "/" + UUID.randomUUID() + "/export.xml";
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = blobs.create(key)) {
            out.write(bytes);
        }
        String jobId = jobs.enqueue(user.id(), key, "export.xml", (long) bytes.length).id();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status;
        do {
            Thread.sleep(100);
            status = json(get("/api/v1/users/" + user.id() + "/import/jobs/" + jobId, user.key())).path("status")
                    .asString();
        } while ((status.equals("queued") || status.equals("running")) && System.nanoTime() < deadline);
        assertThat(status).isEqualTo("done");
    }

    private static void record(StringBuilder xml, String type, String source, OffsetDateTime start,
                               OffsetDateTime end, double value) {
        String device = source.equals(WATCH) ? " device=\"&lt;&lt;HKDevice: 0x281a6c0f0&gt;, name:Apple Watch,"
                + " manufacturer:Apple Inc., model:Watch, hardware:Watch7,3, software:11.2&gt;\"" : "";
        xml.append("  <Record type=\"").append(type).append("\" sourceName=\"").append(source)
                .append("\" sourceVersion=\"11.2\"").append(device).append(" unit=\"")
                .append(type.equals(HEART_RATE) ? "count/min" : "count").append("\" startDate=\"")
                .append(EXPORT_DATE.format(start)).append("\" endDate=\"").append(EXPORT_DATE.format(end))
                .append("\" value=\"").append((long) value).append("\"/>\n");
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            chunks.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return chunks;
    }
}
