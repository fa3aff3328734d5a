package dev.healthsync.cli.bench;

import static dev.healthsync.health.ExportDates.civil;

/**
 * Writes the dates of a generated export with integer arithmetic rather than formatters: {@code 2024-01-01 01:01:36
 * +0100} as export.xml writes them (every date in the offset the phone had when it exported, not the one it was in
 * when it recorded), the calendar day of an {@code ActivitySummary}, and the UTC ISO time of a GPX point.
 */
final class ExportDates {

    /** The offset of every date in the export: exported in winter in Europe/Amsterdam. */
    static final int OFFSET_SECONDS = 3600;
    static final String ZONE = "Europe/Amsterdam";
    private static final String OFFSET_TEXT = " +0100";

    private ExportDates() {
    }

    /** {@code yyyy-MM-dd HH:mm:ss +0100} of an instant. */
    static void export(TextOut out, long epochSecond) {
        long local = epochSecond + OFFSET_SECONDS;
        day(out, Math.floorDiv(local, 86_400));
        out.text(" ");
        time(out, Math.floorMod(local, 86_400));
        out.text(OFFSET_TEXT);
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} of an instant, as GPX files write it. */
    static void iso(TextOut out, long epochSecond) {
        day(out, Math.floorDiv(epochSecond, 86_400));
        out.text("T");
        time(out, Math.floorMod(epochSecond, 86_400));
        out.text("Z");
    }

    /** {@code yyyy-MM-dd} of a day counted from 1970-01-01. */
    static void day(TextOut out, long epochDay) {
        long[] ymd = civil(epochDay);
        out.padded(ymd[0], 4).text("-").padded(ymd[1], 2).text("-").padded(ymd[2], 2);
    }

    /** The local second of the day of an instant, in the export's offset. */
    static int localSecondOfDay(long epochSecond) {
        return (int) Math.floorMod(epochSecond + OFFSET_SECONDS, 86_400);
    }

    /** The local day of an instant, in the export's offset. */
    static long localDay(long epochSecond) {
        return Math.floorDiv(epochSecond + OFFSET_SECONDS, 86_400);
    }

    /** The instant of a local time of day on a local day, in the export's offset. */
    static long instant(long localDay, long secondOfDay) {
        return localDay * 86_400 + secondOfDay - OFFSET_SECONDS;
    }

    private static void time(TextOut out, long secondOfDay) {
        out.padded(secondOfDay / 3600, 2).text(":").padded(secondOfDay / 60 % 60, 2).text(":")
                .padded(secondOfDay % 60, 2);
    }
}
