package dev.healthsync.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.healthsync.imports.reader.ExportReader;
import dev.healthsync.imports.reader.ReadListener;
import dev.healthsync.imports.reader.ReadSummary;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.testing.CollectingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generator writes what it says it writes, and the export reader reads exactly that, with nothing unknown. */
class ExportGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void eachDaysActivitySummaryAddsUpThatDaysWatchRecordsAndThePhonesEnergyLiesUnderTheWatchs() throws Exception {
        ExportGenerator.GeneratedExport export = new ExportGenerator(20_000, 5).write(dir.resolve("export.zip"));
        CollectingSink sink = new CollectingSink();
        new ExportReader().read(export.file(), sink, ReadListener.NONE);

        Map<LocalDate, double[]> watch = new TreeMap<>();
        Set<String> watchEnergy = new HashSet<>();
        List<RawSample> phoneEnergy = new ArrayList<>();
        for (RawSample sample : sink.samples) {
            boolean fromWatch = sample.source().name().equals(RecordMix.WATCH.name());
            if (sample.type().equals(RecordMix.ACTIVE_ENERGY) && !fromWatch) {
                phoneEnergy.add(sample);
            }
            if (!fromWatch) {
                continue;
            }
            double[] rings = watch.computeIfAbsent(sample.start().toOffsetDateTime().toLocalDate(),
                    day -> new double[3]);
            switch (sample.type()) {
                case RecordMix.ACTIVE_ENERGY -> {
                    rings[0] += sample.value();
                    watchEnergy.add(sample.start().epochMillis() + "-" + sample.end().epochMillis());
                }
                case RecordMix.EXERCISE -> rings[1] += sample.value();
                case RecordMix.STAND_HOUR -> rings[2] += RecordMix.STOOD.equals(sample.textValue()) ? 1 : 0;
                default -> { }
            }
        }
        assertThat(sink.aggregates).hasSize((int) export.days());
        for (var summary : sink.aggregates) {
            JsonNode rings = JSON.readTree(summary.extraJson());
            double[] expected = watch.get(LocalDate.parse(rings.path("dateComponents").asString()));
            assertThat(rings.path("activeEnergyBurned").asDouble()).isCloseTo(expected[0], within(1e-6));
            assertThat(rings.path("appleExerciseTime").asDouble()).isEqualTo(expected[1]);
            assertThat(rings.path("appleStandHours").asDouble()).isEqualTo(expected[2]);
        }
        assertThat(phoneEnergy).isNotEmpty().allSatisfy(sample -> assertThat(watchEnergy)
                .contains(sample.start().epochMillis() + "-" + sample.end().epochMillis()));
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
