package dev.healthsync.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Nothing in an export is dropped without a word, on each database: records real exports carry that the catalog's
 * rules once skipped (notifications without a value, {@code HKDataType…} records, records only inside a
 * correlation, route files no workout names) are stored and read back, and what is skipped is reported by element,
 * type, reason, count and the line of the original file. Fixtures in {@code fixtures/export/fidelity/} mirror what
 * the real exports do.
 */
abstract class ImportFidelityContract extends ImportTestSupport {

    private static final Path FIDELITY = OWN_EXPORTS.resolve("fidelity");

    @Test
    void notificationsWithoutAValueAreStoredWithTheirTypesOnlyValueAndReadBack() throws IOException {
        TestUser user = newUser();
        JsonNode job = importAndWait(user, FIDELITY.resolve("notifications-without-value_export.xml"));

        assertThat(job.path("status").asString()).isEqualTo("done");
        assertThat(job.path("inserted").path("records").asLong()).isEqualTo(5);
        assertThat(job.path("inserted").path("HKCategoryTypeIdentifierHeartRateEventFromAFutureOS").asLong())
                .isEqualTo(1);
        assertThat(job.path("skips").isEmpty()).as(job.path("skips").toString()).isTrue();
        JsonNode low = samples(user, "HKCategoryTypeIdentifierLowHeartRateEvent");
        assertThat(low).hasSize(2).allSatisfy(sample -> {
            assertThat(sample.path("value").asDouble()).isZero();
            assertThat(sample.path("categoryValue").asString()).isEqualTo("HKCategoryValueNotApplicable");
        });
        assertThat(low.get(0).path("metadata").path("HKHeartRateEventThreshold").asString()).isEqualTo("40 count/min");
        assertThat(samples(user, "HKCategoryTypeIdentifierIrregularHeartRhythmEvent")).hasSize(1);
        assertThat(samples(user, "HKCategoryTypeIdentifierHeartRateEventFromAFutureOS")).singleElement()
                .satisfies(sample -> assertThat(sample.path("value").isNull()).as("a type without known values")
                        .isTrue());

        JsonNode again = importAndWait(user, FIDELITY.resolve("notifications-without-value_export.xml"));
        assertThat(again.path("inserted").isEmpty()).as(again.path("inserted").toString()).isTrue();
        assertThat(again.path("duplicates").path("records").asLong()).isEqualTo(5);
    }

    @Test
    void typesOutsideTheCatalogAreKeptWithTheirValueUnitAndMetadataAndCountedByName() throws IOException {
        TestUser user = newUser();
        JsonNode job = importAndWait(user, FIDELITY.resolve("unknown-types_export.xml"));

        assertThat(job.path("inserted").path("HKDataTypeSleepDurationGoal").asLong()).isEqualTo(2);
        assertThat(job.path("inserted").path("HKQuantityTypeIdentifierMoodBrightness").asLong()).isEqualTo(1);
        assertThat(job.path("inserted").path("records").asLong()).as("the step count").isEqualTo(1);
        JsonNode goals = samples(user, "HKDataTypeSleepDurationGoal");
        assertThat(goals).extracting(goal -> goal.path("value").asDouble()).containsExactly(28800.0, 27000.0);
        assertThat(goals.get(0).path("unit").asString()).isEqualTo("s");
        assertThat(goals.get(0).path("metadata").path("HKMetadataKeySyncVersion").asString()).isEqualTo("1");
        assertThat(samples(user, "HKQuantityTypeIdentifierMoodBrightness")).singleElement().satisfies(sample -> {
            assertThat(sample.path("value").isNull()).isTrue();
            assertThat(sample.path("categoryValue").asString()).as("the text as sent").isEqualTo("bright");
        });

        JsonNode again = importAndWait(user, FIDELITY.resolve("unknown-types_export.xml"));
        assertThat(again.path("duplicates").path("HKDataTypeSleepDurationGoal").asLong()).isEqualTo(2);
        assertThat(again.path("duplicates").path("HKQuantityTypeIdentifierMoodBrightness").asLong()).isEqualTo(1);
        assertThat(count("samples", user.id())).isEqualTo(4);
    }

    @Test
    void recordsOnlyInsideACorrelationAreStoredAndTheCorrelationIsKeptAsOne() throws IOException {
        TestUser user = newUser();
        JsonNode job = importAndWait(user, FIDELITY.resolve("correlation-only_export.xml"));

        assertThat(job.path("inserted").path("records").asLong()).isEqualTo(4);
        assertThat(job.path("inserted").path("correlations").asLong()).isEqualTo(2);
        assertThat(samples(user, "HKQuantityTypeIdentifierBloodPressureSystolic")).singleElement()
                .satisfies(sample -> assertThat(sample.path("value").asDouble()).isEqualTo(128.0));
        List<String> payloads = jdbc.sql("SELECT payload FROM documents WHERE user_id = ? AND kind = 'CORRELATION'"
                + " ORDER BY start_ms").param(user.id()).query(String.class).list();
        assertThat(payloads).hasSize(2);
        JsonNode reading = JSON.readTree(payloads.get(0));
        assertThat(reading.path("type").asString()).isEqualTo("HKCorrelationTypeIdentifierBloodPressure");
        assertThat(reading.path("startDate").asString()).isEqualTo("2024-06-01 07:00:00 +0200");
        assertThat(reading.path("records")).extracting(r -> r.path("type").asString() + "=" + r.path("value").asDouble())
                .containsExactly("HKQuantityTypeIdentifierBloodPressureSystolic=128.0",
                        "HKQuantityTypeIdentifierBloodPressureDiastolic=84.0");
        assertThat(JSON.readTree(payloads.get(1)).path("metadata").path("HKFoodType").asString()).isEqualTo("Lunch");
        assertThat(job.path("skips")).singleElement().satisfies(skip -> assertThat(skip).isEqualTo(JSON.readTree("""
                {"element": "Record", "type": "HKQuantityTypeIdentifierDietaryFatTotal", "reason": "value missing",
                 "count": 1, "line": 15, "column": 3}""")));

        JsonNode again = importAndWait(user, FIDELITY.resolve("correlation-only_export.xml"));
        assertThat(again.path("duplicates").path("records").asLong()).isEqualTo(4);
        assertThat(again.path("duplicates").path("correlations").asLong()).isEqualTo(2);
    }

    @Test
    void aRouteFileNoWorkoutNamesIsAttachedByTimeOrKeptOnItsOwnWithAWarning() throws IOException {
        TestUser user = newUser();
        Path zip = Files.createTempFile("unreferenced-route", ".zip");
        zipFolder(FIDELITY.resolve("unreferenced-route"), zip);
        JsonNode job = importAndWait(user, zip);

        assertThat(job.path("inserted").path("workouts").asLong()).isEqualTo(2);
        assertThat(job.path("inserted").path("routePoints").asLong()).as("the run's route").isEqualTo(3);
        assertThat(job.path("inserted").path("unattachedRoutes").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT r.point_count FROM workout_routes r JOIN workouts w ON w.id = r.workout_id
                        WHERE w.user_id = ? AND w.activity_type = 'HKWorkoutActivityTypeRunning'""")
                .param(user.id()).query(Integer.class).single()).isEqualTo(3);
        JsonNode unattached = JSON.readTree(jdbc.sql("SELECT payload FROM documents WHERE user_id = ? AND kind = 'ROUTE'")
                .param(user.id()).query(String.class).single());
        assertThat(unattached.path("file").asString()).isEqualTo("workout-routes/route_2024-06-01_12.00pm.gpx");
        assertThat(unattached.path("points")).hasSize(4);
        assertThat(job.path("warnings")).singleElement().satisfies(warning -> {
            assertThat(warning.path("element").asString()).isEqualTo("GpxFile");
            assertThat(warning.path("reason").asString())
                    .isEqualTo("no workout refers to it or spans its 4 points; kept as an unattached route");
            assertThat(warning.path("count").asLong()).isEqualTo(1);
            assertThat(warning.path("file").asString()).isEqualTo("workout-routes/route_2024-06-01_12.00pm.gpx");
        });

        JsonNode again = importAndWait(user, zip);
        assertThat(again.path("inserted").path("routePoints").asLong()).isZero();
        assertThat(again.path("duplicates").path("unattachedRoutes").asLong()).isEqualTo(1);
    }

    @Test
    void aGpxPointOutOfRangeIsSkippedWithItsFileAndLineWhileTheWorkoutAndItsOtherPointsAreStored()
            throws IOException {
        TestUser user = newUser();
        Path zip = Files.createTempFile("gpx-point-out-of-range", ".zip");
        zipFolder(FIDELITY.resolve("gpx-point-out-of-range"), zip);
        JsonNode job = importAndWait(user, zip);

        assertThat(job.path("status").asString()).isEqualTo("done");
        assertThat(job.path("inserted").path("workouts").asLong()).isEqualTo(1);
        assertThat(job.path("inserted").path("routePoints").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT r.point_count FROM workout_routes r JOIN workouts w ON w.id = r.workout_id"
                + " WHERE w.user_id = ?").param(user.id()).query(Integer.class).single()).isEqualTo(2);
        assertThat(job.path("skips")).singleElement().satisfies(skip -> {
            assertThat(skip.path("element").asString()).isEqualTo("trkpt");
            assertThat(skip.path("reason").asString()).isEqualTo("latitude out of range");
            assertThat(skip.path("count").asLong()).isEqualTo(1);
            assertThat(skip.path("file").asString()).isEqualTo("workout-routes/route_2024-06-01_7.00am.gpx");
            assertThat(skip.path("line").asInt()).isEqualTo(5);
        });
        assertThat(job.path("elements").path("Workout").path("stored").asLong()).isEqualTo(1);
        assertThat(job.path("elements").path("Workout").path("skipped").asLong()).isZero();
    }

    @Test
    void skipsNameTheElementTypeReasonCountAndTheLineOfTheOriginalFileAfterALongDtd() throws IOException {
        TestUser user = newUser();
        JsonNode job = importAndWait(user, FIDELITY.resolve("broken-after-long-dtd_export.xml"));

        assertThat(job.path("status").asString()).isEqualTo("done");
        assertThat(job.path("inserted").path("records").asLong()).isEqualTo(2);
        assertThat(job.path("skipped")).isEqualTo(JSON.readTree("{\"Record\": 3}"));
        assertThat(job.path("skips")).isEqualTo(JSON.readTree("""
                [{"element": "Record", "type": "HKQuantityTypeIdentifierStepCount", "reason": "value missing",
                  "count": 2, "line": 249, "column": 2},
                 {"element": "Record", "type": "HKQuantityTypeIdentifierBodyMass", "reason": "unit unknown: bananas",
                  "count": 1, "line": 251, "column": 2}]"""));
    }

    @Test
    void anExportCutOffAfterALongDtdFailsNamingTheLineOfTheOriginalFile() throws IOException {
        TestUser user = newUser();
        JsonNode job = importAndWait(user, FIDELITY.resolve("truncated-after-long-dtd_export.xml"));

        assertThat(job.path("status").asString()).isEqualTo("failed");
        assertThat(job.path("error").asString()).startsWith("the export XML is not well-formed at line 25");
    }

    @Test
    void storedDuplicateAndSkippedAddUpToTheElementsOfEachKindInEveryExportFixture() throws IOException {
        for (Path export : ExportElementCounts.everyExportFixture()) {
            TestUser user = newUser();
            Path file = export;
            if (Files.isDirectory(export)) {
                file = Files.createTempFile("fixture", ".zip");
                zipFolder(export, file);
            }
            JsonNode job = importAndWait(user, file);
            assertThat(job.path("status").asString()).as(export + ": " + job.path("error")).isEqualTo("done");
            Map<String, Long> inFile = ExportElementCounts.of(export);
            assertThat(inFile).as(export.toString()).isNotEmpty();
            inFile.forEach((element, count) -> {
                JsonNode ledger = job.path("elements").path(element);
                assertThat(ledger.path("stored").asLong() + ledger.path("duplicate").asLong()
                        + ledger.path("skipped").asLong()).as(export + ": " + element + " " + ledger).isEqualTo(count);
            });
        }
    }

    private JsonNode samples(TestUser user, String type) {
        return json(get("/api/v1/samples?limit=100&type=" + type, user.key())).path("items");
    }
}
