package dev.healthsync.query.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The document lists on each database: paging without loss, the kinds' shapes, per-user isolation. */
abstract class DocumentsContract extends ApiTestSupport {

    private static final DateTimeFormatter HAE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/export/apple_health_export");

    @Test
    void pagesThrough25000DocumentsWithNoLossAndNoRepetition() {
        TestUser user = newUser();
        int total = 25_000;
        StringBuilder body = new StringBuilder("{\"data\": {\"stateOfMind\": [");
        OffsetDateTime base = OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(1));
        for (int i = 0; i < total; i++) {
            // three entries per start, so the order within one start is tested too
            body.append(i == 0 ? "" : ",").append("""
                    {"id": "mood-%d", "valence": 0.%d, "kind": "Momentary Emotion", "start": "%s"}"""
                    .formatted(i, i % 10, HAE.format(base.plusMinutes(i / 3))));
        }
        body.append("]}}");
        assertThat(postJson("/api/health-auto-export", user.key(), body.toString().getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);

        List<String> uuids = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = json(get("/api/v1/state-of-mind?limit=1000" + (cursor == null ? "" : "&cursor=" + cursor),
                    user.key()));
            for (JsonNode item : page.path("items")) {
                uuids.add(item.path("uuid").asString());
                starts.add(OffsetDateTime.parse(item.path("start").asString()).toInstant());
            }
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(uuids).hasSize(total);
        assertThat(new HashSet<>(uuids)).hasSize(total);
        assertThat(starts).isSorted();
        assertThat(pages).isBetween(25, 26);

        JsonNode hour = json(get("/api/v1/state-of-mind?limit=1000&from=2024-01-01T09:00:00%2B01:00"
                + "&to=2024-01-01T10:00:00%2B01:00", user.key()));
        assertThat(hour.path("items").size()).isEqualTo(180);
        assertThat(hour.path("next_cursor").isNull()).isTrue();
        assertThat(hour.path("items").get(0).path("payload").path("valence").asDouble()).isEqualTo(0.0);
    }

    @Test
    void symptomsAndCycleTrackingListTheirCategorySamplesBesideTheDocuments() {
        TestUser user = newUser();
        assertThat(postJson("/api/health-auto-export", user.key(), fixture("all-sections-wrapped.json"))
                .statusCode()).isEqualTo(200);

        assertThat(summary(json(get("/api/v1/symptoms", user.key())).path("items"))).containsExactly(
                "2025-06-02T09:00:00+02:00 sample HKCategoryTypeIdentifierFatigue HKCategoryValueSeverityUnspecified",
                "2025-06-02T14:00:00+02:00 document Kopfschmerzen",
                "2025-06-02T14:00:00+02:00 sample HKCategoryTypeIdentifierHeadache HKCategoryValueSeverityModerate");
        assertThat(summary(json(get("/api/v1/cycle-tracking", user.key())).path("items"))).containsExactly(
                "2025-06-01T00:00:00+02:00 sample HKCategoryTypeIdentifierMenstrualFlow "
                        + "HKCategoryValueMenstrualFlowMedium",
                "2025-06-02T00:00:00+02:00 document Mittelschmerz",
                "2025-06-02T00:00:00+02:00 sample HKCategoryTypeIdentifierIntermenstrualBleeding "
                        + "HKCategoryValueNotApplicable");
        JsonNode later = json(get("/api/v1/symptoms?limit=1&cursor="
                + json(get("/api/v1/symptoms?limit=1", user.key())).path("next_cursor").asString(), user.key()));
        assertThat(later.path("items").get(0).path("record").asString()).isEqualTo("document");
    }

    private static List<String> summary(JsonNode items) {
        List<String> lines = new ArrayList<>();
        for (JsonNode item : items) {
            String what = item.path("record").asString().equals("sample")
                    ? "sample " + item.path("type").asString() + " " + item.path("value").asString()
                    : "document " + item.path("payload").path("name").asString();
            lines.add(item.path("start").asString() + " " + what);
        }
        return lines;
    }

    @Test
    void ecgListsLeaveTheVoltagesOutAndOneEcgHasThem() {
        TestUser user = newUser();
        assertThat(postJson("/api/health-auto-export", user.key(), fixture("all-sections-wrapped.json"))
                .statusCode()).isEqualTo(200);
        JsonNode listed = json(get("/api/v1/ecg", user.key())).path("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("payload").has("voltageMeasurements")).isFalse();
        assertThat(listed.get(0).path("payload").path("classification").asString()).isEqualTo("Sinus Rhythm");
        long id = listed.get(0).path("id").asLong();
        JsonNode whole = json(get("/api/v1/ecg/" + id, user.key()));
        assertThat(whole.path("payload").path("voltageMeasurements")).hasSize(3);
        assertThat(whole.path("start").asString()).isEqualTo(listed.get(0).path("start").asString());

        TestUser other = newUser();
        HttpResponse<String> foreign = get("/api/v1/ecg/" + id, other.key());
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(get("/api/v1/ecg/" + (id + 1_000_000), user.key()).statusCode()).isEqualTo(404);
        assertThat(json(get("/api/v1/ecg", other.key())).path("items")).isEmpty();
        assertThat(json(get("/api/v1/state-of-mind", other.key())).path("items")).isEmpty();
        assertThat(json(get("/api/v1/state-of-mind", user.key())).path("items")).hasSize(1);
    }

    @Test
    void anImportedExportsDocumentsReadBackAsStored() throws IOException {
        TestUser user = newUser();
        importExportDirectory(user, FIXTURE);

        JsonNode me = json(get("/api/v1/characteristics", user.key()));
        assertThat(me.path("start").isNull()).isTrue();
        assertThat(me.path("payload").path("HKCharacteristicTypeIdentifierDateOfBirth").asString())
                .isEqualTo("1985-02-01");

        JsonNode clinical = json(get("/api/v1/clinical-records", user.key())).path("items");
        assertThat(clinical).hasSize(2);
        assertThat(clinical.get(0).path("uuid").asString()).isEqualTo("4A6C-OBS-0001");
        assertThat(clinical.get(0).path("start").asString()).isEqualTo("2024-04-20T10:15:00+02:00");
        assertThat(clinical.get(0).path("source").path("name").asString()).isEqualTo("Klinikum Nord");
        JsonNode fhir = JSON.readTree(Files.readString(FIXTURE.resolve("clinical-records/Observation-4A6C.json")));
        assertThat(clinical.get(0).path("payload").path("resource")).as("the FHIR resource as stored").isEqualTo(fhir);
        assertThat(clinical.get(1).path("payload").has("resource")).as("its file is not in the export").isFalse();

        JsonNode audiogram = json(get("/api/v1/audiograms", user.key())).path("items").get(0);
        assertThat(audiogram.path("end").asString()).isEqualTo("2024-03-10T10:58:00+01:00");
        assertThat(audiogram.path("payload").path("SensitivityPoint")).hasSize(2);
        JsonNode glasses = json(get("/api/v1/vision-prescriptions", user.key())).path("items").get(0);
        assertThat(glasses.path("payload").path("brand").asString()).isEqualTo("Optik Weiss");
        JsonNode pressure = json(get("/api/v1/correlations", user.key())).path("items").get(0);
        assertThat(pressure.path("payload").path("records")).hasSize(2);

        JsonNode ecg = json(get("/api/v1/ecg", user.key())).path("items").get(0);
        assertThat(ecg.path("payload").has("voltages")).isFalse();
        assertThat(ecg.path("payload").path("sampleCount").asInt()).isEqualTo(16);
        assertThat(json(get("/api/v1/ecg/" + ecg.path("id").asLong(), user.key())).path("payload").path("voltages"))
                .hasSize(16);
    }

    @Test
    void everyListAnswersAndRefusesBadParameters() {
        TestUser user = newUser();
        for (DocumentList list : DocumentList.values()) {
            HttpResponse<String> response = get(list.path(), user.key());
            assertThat(response.statusCode()).as(list.path()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"items\":[],\"next_cursor\":null}");
        }
        assertThat(get("/api/v1/characteristics", user.key()).statusCode()).isEqualTo(404);
        assertThat(json(get("/api/v1/medications?limit=0", user.key())).path("parameter").asString())
                .isEqualTo("limit");
        assertThat(json(get("/api/v1/medications?cursor=bm9wZQ", user.key())).path("parameter").asString())
                .isEqualTo("cursor");
        assertThat(json(get("/api/v1/symptoms?from=soon", user.key())).path("parameter").asString())
                .isEqualTo("from");
    }

    private static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/fixtures/health-auto-export", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
