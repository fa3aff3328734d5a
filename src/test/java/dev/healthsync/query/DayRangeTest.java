package dev.healthsync.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.healthsync.system.InvalidParameterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @Test
    void aMissingBoundIsAWeekFromTheOtherAndNeitherIsTheWeekUpToToday() {
        assertThat(DayRange.parse(null, " ", TODAY))
                .isEqualTo(new DayRange(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 11)));
        assertThat(DayRange.parse("2025-01-01", null, TODAY))
                .isEqualTo(new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 8)));
        assertThat(DayRange.parse(null, "2025-01-08", TODAY))
                .isEqualTo(new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 8)));
    }

    @Test
    void fromIsInTheRangeAndToIsNot() {
        DayRange day = DayRange.single(TODAY);
        assertThat(day.contains(TODAY)).isTrue();
        assertThat(day.contains(TODAY.plusDays(1))).isFalse();
        assertThat(day.contains(TODAY.minusDays(1))).isFalse();
        assertThat(DayRange.parse("2024-01-01", "2025-01-01", TODAY).to()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aRequiredDayIsOneDayAndItsAbsenceIsRefusedByName() {
        assertThat(DayRange.day("date", "2025-03-10")).isEqualTo(DayRange.single(TODAY));
        for (String value : new String[] {null, " ", "today"}) {
            assertThatThrownBy(() -> DayRange.day("date", value)).isInstanceOfSatisfying(
                    InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("date"));
        }
    }

    @Test
    void refusalsNameTheParameter() {
        assertRefused("soon", null, "from");
        assertRefused(null, "2025-02-30", "to");
        assertRefused("2025-03-05", "2025-03-05", "to");
        assertRefused("2024-01-01", "2025-01-02", "to");
    }

    private static void assertRefused(String from, String to, String parameter) {
        assertThatThrownBy(() -> DayRange.parse(from, to, TODAY)).isInstanceOfSatisfying(
                InvalidParameterException.class, refused -> assertThat(refused.parameter()).isEqualTo(parameter));
    }
}
