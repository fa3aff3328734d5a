package dev.healthsync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordPathsTest {

    @Test
    void anElementOfAFileInsideTheExportNamesTheFileBeforeItsLine() {
        String path = RecordPaths.inFile("trkpt", "workout-routes/route_2024-06-01_7.00am.gpx", 17, 5) + ".latitude";

        assertThat(path).isEqualTo("trkpt@workout-routes/route_2024-06-01_7.00am.gpx:17:5.latitude");
        assertThat(RecordPaths.element(path)).isEqualTo("trkpt");
        assertThat(RecordPaths.lineAndColumn(path)).containsExactly(17, 5);
        assertThat(RecordPaths.file(path)).isEqualTo("workout-routes/route_2024-06-01_7.00am.gpx");
        assertThat(RecordPaths.field(path)).isEqualTo("latitude");
    }

    @Test
    void exportXmlElementsAndJsonPathsNameNoFile() {
        assertThat(RecordPaths.lineAndColumn("Record@1234:5.value")).containsExactly(1234, 5);
        assertThat(RecordPaths.file("Record@1234:5.value")).isNull();
        assertThat(RecordPaths.lineAndColumn("workouts[0].route[1].latitude")).isNull();
        assertThat(RecordPaths.file("workouts[0].route[1].latitude")).isNull();
        assertThat(RecordPaths.file("data[\"a@b\"]")).isNull();
    }
}
