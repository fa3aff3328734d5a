package dev.healthsync.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.imports.reader.ExportReader;
import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.imports.reader.ReadSummary;
import dev.healthsync.testing.CollectingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator writes what it says it writes, and the export reader reads exactly that, with nothing unknown. */
class ExportGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theReaderReadsExactlyTheGeneratedCountsPerKind() throws Exception {
        ExportGenerator.GeneratedExport export = new ExportGenerator(5_000, 7).write(dir.resolve("export.zip"));
        CollectingSink sink = new CollectingSink();

        ReadSummary summary = new ExportReader().read(export.file(), sink, ReadListener.NONE);

        assertThat(summary.read()).containsExactlyInAnyOrderEntriesOf(export.read());
        export.skipped().forEach((reason, n) -> assertThat(summary.skipped(reason)).as(reason).isEqualTo(n));
        assertThat(summary.skipped()).hasSize(export.skipped().size());
        assertThat(summary.warnings()).isEmpty();
        long correlations = export.read().get("Correlation");
        assertThat(summary.read("Record")).as("top-level records and the two inside each correlation")
                .isEqualTo(5_000 + 2 * correlations);
        assertThat(export.read().get("Correlation")).isPositive();
        assertThat(export.read().get("trkpt")).isPositive();
        assertThat(export.read().get("InstantaneousBeatsPerMinute")).isPositive();

        assertThat(sink.rejects).isEmpty();
        assertThat(sink.ignored).isEmpty();
        assertThat(sink.samples).hasSize(5_000 + 2 * (int) correlations);
        assertThat(sink.workouts).hasSize(export.read().get("Workout").intValue());
        assertThat(sink.workouts.stream().mapToLong(w -> w.route().size()).sum()).isEqualTo(export.read().get("trkpt"));
        assertThat(sink.aggregates).hasSize((int) export.days());
        assertThat(sink.documents).hasSize(1 + (int) correlations);
        assertThat(export.items()).isEqualTo(sink.samples.size() + sink.workouts.size() + sink.aggregates.size()
                + sink.documents.size());
    }

    @Test
    void theSameSeedGivesTheSameBytesAndRecordLinesAreAppleSized() throws Exception {
        ExportGenerator.GeneratedExport first = new ExportGenerator(3_000, 11).write(dir.resolve("a.zip"));
        ExportGenerator.GeneratedExport second = new ExportGenerator(3_000, 11).write(dir.resolve("b.zip"));
        ExportGenerator.GeneratedExport other = new ExportGenerator(3_000, 12).write(dir.resolve("c.zip"));

        assertThat(Files.mismatch(first.file(), second.file())).isEqualTo(-1L);
        assertThat(Files.mismatch(first.file(), other.file())).isNotEqualTo(-1L);
        ExportGenerator.GeneratedExport big = new ExportGenerator(200_000, 1).write(dir.resolve("big.zip"));
        assertThat(big.xmlBytes() / big.records()).isBetween(300L, 450L);
    }
}
