package dev.healthsync.imports.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawRoutePoint;
import dev.healthsync.pipeline.SkipGroup;
import dev.healthsync.testing.CollectingSink;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpxReaderTest {

    private final ExportFixtures.RecordingListener listener = new ExportFixtures.RecordingListener();
    private final ReadStats stats = new ReadStats(new CollectingSink(), listener);

    @Test
    void prefixedExtensionsFromOtherToolsAndPointsWithoutTimeOrPosition() {
        String gpx = "<?xml version=\"1.0\"?><gpx xmlns=\"http://www.topografix.com/GPX/1/1\""
                + " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v2\"><trk><trkseg>"
                + "<trkpt lat=\"48.1371\" lon=\"11.5754\"><ele>519.2</ele><time>2024-05-01T05:12:03.500Z</time>"
                + "<extensions><gpxtpx:TrackPointExtension><gpxtpx:speed>2.8</gpxtpx:speed>"
                + "<gpxtpx:course>181</gpxtpx:course></gpxtpx:TrackPointExtension></extensions></trkpt>"
                + "<trkpt lat=\"48.1372\" lon=\"11.5755\"><ele>519.0</ele></trkpt>"
                + "<trkpt lon=\"11.5756\"><time>2024-05-01T05:12:05Z</time></trkpt>"
                + "</trkseg></trk></gpx>";

        List<RawRoutePoint> points = read(gpx);

        assertThat(points).containsExactly(new RawRoutePoint("trkpt@workout-routes/r.gpx:1:153",
                new Moment(Instant.parse("2024-05-01T05:12:03.500Z").toEpochMilli(), 0), 48.1371, 11.5754, 519.2,
                2.8, 181.0, null, null));
        assertThat(stats.summary(0).read()).containsEntry("trkpt", 3L).containsEntry("GpxFile", 1L);
        assertThat(stats.summary(0).skipped()).extracting(SkipGroup::element, SkipGroup::reason, SkipGroup::count,
                        SkipGroup::file)
                .containsExactlyInAnyOrder(tuple("trkpt", "lat or lon missing", 1L, "workout-routes/r.gpx"),
                        tuple("trkpt", "time missing", 1L, "workout-routes/r.gpx"));
        assertThat(stats.summary(0).skipped()).allMatch(group -> group.line() == 1 && group.column() > 0);
    }

    @Test
    void aBrokenFileKeepsThePointsBeforeTheErrorWithAWarning() {
        String gpx = "<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><time>2024-05-01T05:12:03Z</time></trkpt>"
                + "<trkpt lat=\"1\" lon=\"2\"><time>2024-05-01T05:12:04Z</time></trkpt><trkpt lat=";

        List<RawRoutePoint> points = read(gpx);

        assertThat(points).hasSize(2);
        assertThat(listener.warnings).singleElement().asString()
                .startsWith("GpxFile: not well-formed; kept the 2 points read before in workout-routes/r.gpx at line 1,"
                        + " column ");
    }

    private List<RawRoutePoint> read(String gpx) {
        return GpxReader.read(new ByteArrayInputStream(gpx.getBytes(StandardCharsets.UTF_8)), "workout-routes/r.gpx",
                stats);
    }
}
