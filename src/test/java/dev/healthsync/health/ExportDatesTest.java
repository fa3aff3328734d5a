package dev.healthsync.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportDatesTest {

    private static final DateTimeFormatter EXPORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmssxx");
    private static final DateTimeFormatter GPX = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssX");

    @Test
    void agreesWithDateTimeFormatterOnRandomInstantsAndOffsets() {
        Random random = new Random(20240501);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 500_000; i++) {
            long second = random.nextLong(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("2200-01-01T00:00:00Z").getEpochSecond());
            int offset = random.nextInt(-18 * 4, 18 * 4 + 1) * 15 * 60;
            OffsetDateTime written = Instant.ofEpochSecond(second).atOffset(ZoneOffset.ofTotalSeconds(offset));
            String spaced = EXPORT.format(written);
            String compact = COMPACT.format(written);

            Moment expected = Moment.of(OffsetDateTime.parse(spaced, EXPORT));
            if (!expected.equals(ExportDates.parse(spaced)) || !expected.equals(ExportDates.parse(compact))
                    || expected.epochMillis() != second * 1000 || expected.offsetSeconds() != offset) {
                mismatches.add(spaced);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void gpxTimesAreUtcWithOptionalFractionAndOffsets() {
        assertThat(ExportDates.parseIso("2019-06-11T22:00:35Z"))
                .isEqualTo(new Moment(Instant.parse("2019-06-11T22:00:35Z").toEpochMilli(), 0));
        assertThat(ExportDates.parseIso("2019-06-11T22:00:35.25Z"))
                .isEqualTo(new Moment(Instant.parse("2019-06-11T22:00:35.250Z").toEpochMilli(), 0));
        assertThat(ExportDates.parseIso("2019-06-11T22:00:35.123456Z").epochMillis())
                .isEqualTo(Instant.parse("2019-06-11T22:00:35.123Z").toEpochMilli());
        assertThat(ExportDates.parseIso("2019-06-11T15:00:35-07:00"))
                .isEqualTo(at("2019-06-11T15:00:35-07:00"));
        assertThat(ExportDates.parseIso("2019-06-11T15:00:35-0700"))
                .isEqualTo(at("2019-06-11T15:00:35-07:00"));
        Random random = new Random(7);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L));
            String text = GPX.format(instant.atOffset(ZoneOffset.UTC));
            if (!new Moment(instant.toEpochMilli(), 0).equals(ExportDates.parse(text))) {
                mismatches.add(text);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void realExportShapes() {
        assertThat(ExportDates.parse("2019-07-19 10:36:11 -0700")).isEqualTo(at("2019-07-19T10:36:11-07:00"));
        assertThat(ExportDates.parse("2024-01-01 01:01:36 +0200")).isEqualTo(at("2024-01-01T01:01:36+02:00"));
        assertThat(ExportDates.parse("2016-04-18 15:56:05 +0000")).isEqualTo(at("2016-04-18T15:56:05Z"));
        assertThat(ExportDates.parse("20141106201815-0700")).isEqualTo(at("2014-11-06T20:18:15-07:00"));
        assertThat(ExportDates.parse("2024-02-29 23:59:59 +0530")).isEqualTo(at("2024-02-29T23:59:59+05:30"));
        // shapes that only the fallback formatters know
        assertThat(ExportDates.parse("2024-05-01 07:31:05 +02:00")).isEqualTo(at("2024-05-01T07:31:05+02:00"));
        assertThat(ExportDates.parse("2024-05-01 07:31:05.5 +0200").epochMillis())
                .isEqualTo(at("2024-05-01T07:31:05.5+02:00").epochMillis());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2023-02-29 10:00:00 +0000", "2024-13-01 10:00:00 +0000",
            "2024-05-01 24:00:00 +0000", "2024-05-01 10:60:00 +0000", "2024-05-01 10:00:00 +2400",
            "2024-05-01 10:00:00 0200", "2024-05-01 1O:00:00 +0200", "2024-05-01", "20240501100000+9900"})
    void notDatesGiveNull(String text) {
        assertThat(ExportDates.parse(text)).isNull();
    }

    @Test
    void nullIsNull() {
        assertThat(ExportDates.parse(null)).isNull();
        assertThat(ExportDates.parseIso(null)).isNull();
    }

    @Test
    void daysSinceTheEpochMatchLocalDate() {
        List<LocalDate> mismatches = new ArrayList<>();
        for (LocalDate day = LocalDate.of(1600, 1, 1); day.isBefore(LocalDate.of(2401, 1, 1)); day = day.plusDays(1)) {
            if (ExportDates.epochDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()) != day.toEpochDay()) {
                mismatches.add(day);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(ExportDates.parseDay("2016-11-15")).isEqualTo(LocalDate.of(2016, 11, 15).toEpochDay());
        assertThat(ExportDates.parseDay("2016-11-31")).isEqualTo(Long.MIN_VALUE);
        assertThat(ExportDates.parseDay("2016-1-5")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void formatWritesTheExportShapeAndParseExactAcceptsOnlyWhatFormatGivesBack() {
        Random random = new Random(52);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            long second = random.nextLong(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("9999-01-01T00:00:00Z").getEpochSecond());
            int offset = random.nextInt(-18 * 4, 18 * 4 + 1) * 15 * 60;
            OffsetDateTime written = Instant.ofEpochSecond(second).atOffset(ZoneOffset.ofTotalSeconds(offset));
            Moment moment = new Moment(second * 1000 + random.nextInt(1000), offset);
            String text = ExportDates.format(moment);
            if (!text.equals(EXPORT.format(written)) || !Moment.of(written).equals(ExportDates.parseExact(text))) {
                mismatches.add(text);
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(ExportDates.format(at("1969-12-31T23:59:59-01:30"))).isEqualTo("1969-12-31 23:59:59 -0130");

        assertThat(ExportDates.parseExact("2024-05-01 07:31:11 +0200")).isEqualTo(at("2024-05-01T07:31:11+02:00"));
        assertThat(ExportDates.parseExact("2024-05-01 07:31:11 +0000")).isEqualTo(at("2024-05-01T07:31:11Z"));
        assertThat(ExportDates.parseExact("2024-05-01 07:31:11 -0000")).as("formats back as +0000").isNull();
        assertThat(ExportDates.parseExact("20240501073111+0200")).as("the compact form").isNull();
        assertThat(ExportDates.parseExact("2024-05-01 07:31:11.5 +0200")).isNull();
        assertThat(ExportDates.parseExact("2023-02-29 07:31:11 +0200")).isNull();
        assertThat(ExportDates.parseExact(null)).isNull();
    }

    private static Moment at(String isoOffsetDateTime) {
        return Moment.of(OffsetDateTime.parse(isoOffsetDateTime));
    }
}
