package dev.healthsync.ingest.autoexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.Moment;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HaeDatesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the app's form, and the variations phones and versions write
            "2025-08-12 00:00:00 +0100      | 1754953200000 | 3600",
            "2025-08-12 00:00:00 +01:00     | 1754953200000 | 3600",
            "2025-08-12T00:00:00+01:00      | 1754953200000 | 3600",
            "2025-08-12 00:00:00 +01        | 1754953200000 | 3600",
            "2025-08-11 23:00:00 Z          | 1754953200000 | 0",
            "2025-08-11 19:00:00 -0400      | 1754953200000 | -14400",
            "2025-08-12 00:00:00.250 +0100  | 1754953200250 | 3600",
            "2025-08-12 1:05:09 PM +0100    | 1755000309000 | 3600",
            "2025-08-12 12:05:09 AM +0100   | 1754953509000 | 3600",
            "2568-08-12 00:00:00 +0100      | 1754953200000 | 3600",
            // without offset or time: the user's zone
            "2025-08-12 00:00:00            | 1754949600000 | 7200",
            "2025-08-12 00:00               | 1754949600000 | 7200",
            "2025-08-12                     | 1754949600000 | 7200",
            "2568-08-12                     | 1754949600000 | 7200",
            "2025-01-12                     | 1736636400000 | 3600",
            // epoch seconds as text
            "1754953200                     | 1754953200000 | 7200"})
    void readsEveryForm(String text, long epochMillis, int offsetSeconds) {
        assertThat(HaeDates.parse(text, AMSTERDAM)).isEqualTo(new Moment(epochMillis, offsetSeconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2025-13-01 00:00:00 +0100", "2025-02-30", "2025-08-12 25:00:00 +0100",
            "2025-08-12 00:61:00 +0100", "2025-08-12 00:00:00 +0100 extra", "12/08/2025 00:00", "2025-08-12 13:05 PM"})
    void refusesWhatIsNotADate(String text) {
        assertThat(HaeDates.parse(text, AMSTERDAM)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"1748851200, 1748851200000", "1748851200.002, 1748851200002", "1748851200123, 1748851200123"})
    void epochNumbersAreSecondsOrMilliseconds(double value, long epochMillis) {
        assertThat(HaeDates.epoch(value, AMSTERDAM)).isEqualTo(new Moment(epochMillis, 7200));
    }
}
