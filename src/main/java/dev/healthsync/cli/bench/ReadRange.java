package dev.healthsync.cli.bench;

import java.time.LocalDate;
import java.util.Map;

/**
 * The dates the reads ask for, inside what the generator wrote ({@link ExportGenerator#days()} days up to
 * {@link ExportGenerator#lastDay()}): the ranges end with the data, so they are full of records however small the
 * run, and shrink to the whole range when it is shorter. {@code end} is exclusive, as every read takes it.
 */
final class ReadRange {

    private ReadRange() {
    }

    static Map<String, String> values(long records) {
        LocalDate end = end();
        LocalDate first = first(records);
        return Map.of("end", end.toString(), "day", end.minusDays(1).toString(),
                "month", latest(first, end.minusDays(30)).toString(),
                "year", latest(first, end.minusDays(365)).toString());
    }

    /** The first day the generator wrote records on. */
    static LocalDate first(long records) {
        return end().minusDays(new ExportGenerator(records, 1).days());
    }

    /** The day after the last one the generator wrote records on. */
    static LocalDate end() {
        return ExportGenerator.lastDay().plusDays(1);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
