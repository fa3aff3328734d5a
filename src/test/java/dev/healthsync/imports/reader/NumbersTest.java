package dev.healthsync.imports.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void theFastPathGivesTheDoubleParseDoubleGives() {
        Random random = new Random(15);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            int digits = 1 + random.nextInt(17);
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point && d > 0) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            String written = text.toString();
            Double parsed = Numbers.parse(written);
            if (parsed == null || Double.doubleToRawLongBits(parsed) != Double.doubleToRawLongBits(
                    Double.parseDouble(written))) {
                mismatches.add(written);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void otherShapesGoToParseDoubleAndNamesAreNotNumbers() {
        assertThat(Numbers.plainDecimal("1.2e3")).isNaN();
        assertThat(Numbers.parse("1.2e3")).isEqualTo(1200.0);
        assertThat(Numbers.parse("72.")).isEqualTo(72.0);
        assertThat(Numbers.parse(".5")).isEqualTo(0.5);
        assertThat(Numbers.parse("+3")).isEqualTo(3.0);
        assertThat(Numbers.parse("0.1")).isEqualTo(0.1);
        assertThat(Numbers.parse("-0")).isEqualTo(-0.0);
        assertThat(Numbers.parse("1234567890123456789")).isEqualTo(new BigDecimal("1234567890123456789").doubleValue());
        assertThat(Numbers.parse("-")).isNull();
        assertThat(Numbers.parse("1.2.3")).isNull();
        assertThat(Numbers.parse("NaN")).isNull();
        assertThat(Numbers.parse("HKCategoryValueSleepAnalysisAsleepCore")).isNull();
        assertThat(Numbers.parse("")).isNull();
        assertThat(Numbers.parse(null)).isNull();
    }
}
