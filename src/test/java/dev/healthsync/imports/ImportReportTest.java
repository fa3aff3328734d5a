package dev.healthsync.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.pipeline.SkipGroup;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void aSkipNamesItsElementTypeReasonCountAndWhereTheFirstWas() {
        assertThat(ImportReport.describe(new SkipGroup("Record", "HKQuantityTypeIdentifierStepCount", "value missing",
                1_204, null, 249, 2)))
                .isEqualTo("1,204 × Record HKQuantityTypeIdentifierStepCount: value missing (first at line 249, column 2)");
        assertThat(ImportReport.describe(new SkipGroup("trkpt", null, "time missing", 1, "workout-routes/a.gpx", 7, 3)))
                .isEqualTo("1 × trkpt: time missing (in workout-routes/a.gpx at line 7, column 3)");
        assertThat(ImportReport.describe(new SkipGroup("ZipEntry", null, "__MACOSX or AppleDouble copy", 2,
                "__MACOSX/._export.xml", 0, 0)))
                .isEqualTo("2 × ZipEntry: __MACOSX or AppleDouble copy (first in __MACOSX/._export.xml)");
    }
}
