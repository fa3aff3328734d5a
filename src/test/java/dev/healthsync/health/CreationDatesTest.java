package dev.healthsync.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreationDatesTest {

    private static final Moment CREATED = Moment.of(OffsetDateTime.parse("2024-05-01T07:31:11+02:00"));

    @Test
    void theCreationDateLeavesTheMetadataAndComesBackFirstAsWritten() {
        String metadata = "{\"HKExportCreationDate\":\"2024-05-01 07:31:11 +0200\",\"HKMetadataKeyHeartRateMotionContext\":\"1\"}";
        CreationDates.Split split = CreationDates.split(metadata);
        assertThat(split.created()).isEqualTo(CREATED);
        assertThat(split.metadataJson()).isEqualTo("{\"HKMetadataKeyHeartRateMotionContext\":\"1\"}");
        assertThat(CreationDates.join(split.created(), split.metadataJson())).isEqualTo(metadata);
    }

    @Test
    void metadataHoldingOnlyTheCreationDateBecomesNone() {
        String metadata = "{\"HKExportCreationDate\":\"2024-05-01 07:31:11 +0200\"}";
        CreationDates.Split split = CreationDates.split(metadata);
        assertThat(split).isEqualTo(new CreationDates.Split(CREATED, null));
        assertThat(CreationDates.join(CREATED, null)).isEqualTo(metadata);
        assertThat(CreationDates.join(CREATED, "{}")).isEqualTo(metadata);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"HKTimeZone\":\"Europe/Berlin\",\"HKExportCreationDate\":\"2024-05-01 07:31:11 +0200\"}",
        "{\"HKExportCreationDate\":\"20240501073111+0200\"}",
        "{\"HKExportCreationDate\":\"2024-05-01 07:31:11 -0000\"}",
        "{\"HKExportCreationDate\":\"2024-02-30 07:31:11 +0200\"}",
        "{\"HKExportCreationDate\":\"2024-05-01 07:31:11 +0200\"",
        "{\"HKExportCreationDate\":\"2024-05-01 07:31:11 +0200\"}x",
        "{\"HKExportCreationDate\":\"2024-05-01 07:31:11 +0200\" }",
        "{\"HKExportCreationDate\": \"2024-05-01 07:31:11 +0200\"}",
        "{}"
    })
    void metadataWhoseTextWouldNotComeBackTheSameStaysAsItIs(String metadata) {
        assertThat(CreationDates.split(metadata)).isEqualTo(new CreationDates.Split(null, metadata));
        assertThat(CreationDates.join(null, metadata)).isEqualTo(metadata);
    }

    @Test
    void noMetadataIsNoMetadata() {
        assertThat(CreationDates.split(null)).isEqualTo(new CreationDates.Split(null, null));
        assertThat(CreationDates.join(null, null)).isNull();
    }
}
