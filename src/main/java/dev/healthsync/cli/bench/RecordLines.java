package dev.healthsync.cli.bench;

import dev.healthsync.cli.bench.RecordMix.Series;

/**
 * Writes {@code Record} elements as export.xml has them, one line of attributes (~300–450 bytes with a device
 * string) plus children. Record {@code j} of a series falls on day {@code j * days / count}; a day's records are
 * spread over the series' hours of the day in equal slots, each record at a random point of its slot, so a
 * series never overlaps itself while the sources of one type overlap each other. Everything about record
 * {@code j} comes from {@link Draws} at {@code (series, j)}: writing it twice (top level and inside a correlation)
 * gives the same element. A series that copies another ({@link RecordMix#copied}) takes the times of the record at
 * its own share of the other's, so its records lie exactly on some of the other's. The records of the Activity
 * rings are added up in {@link ActivityRings} as they are written. Not thread-safe.
 */
final class RecordLines {

    private static final String[] MOTION_CONTEXTS = {"0", "1", "2"};

    private final TextOut out;
    private final Draws draws;
    private final long firstDay;
    private final long days;
    private final long[] counts;
    private final ActivityRings rings;
    private long metadataEntries;
    private long heartbeatLists;
    private long beats;
    private long day;
    private long start;
    private long end;

    RecordLines(TextOut out, long seed, long firstDay, long days, long[] counts, ActivityRings rings) {
        this.out = out;
        this.draws = new Draws(seed);
        this.firstDay = firstDay;
        this.days = days;
        this.counts = counts;
        this.rings = rings;
    }

    /** Writes record {@code j} of a series; {@code indent} is its depth in spaces. */
    void write(int series, long j, String indent) {
        Series s = RecordMix.SERIES.get(series);
        place(series, j);
        out.text(indent).text("<Record type=\"").text(s.type()).text("\" sourceName=\"").text(s.source().name())
                .text("\" sourceVersion=\"").text(s.source().version()).text("\"");
        if (s.source().device() != null) {
            out.text(" device=\"&lt;&lt;HKDevice: 0x").hex(0x280000000L + (draws.below(1 << 26) << 4))
                    .text("&gt;, ").text(s.source().device()).text("&gt;\"");
        }
        if (s.unit() != null) {
            out.text(" unit=\"").text(s.unit()).text("\"");
        }
        out.text(" creationDate=\"");
        ExportDates.export(out, end + draws.between(2, 900));
        out.text("\" startDate=\"");
        ExportDates.export(out, start);
        out.text("\" endDate=\"");
        ExportDates.export(out, end);
        out.text("\" value=\"");
        if (s.categories() != null) {
            String category = s.categories().get((int) (j % s.categories().size()));
            out.text(category);
            rings.add(s, day, category);
        } else {
            long unscaled = draws.between(s.min(), s.max());
            out.decimal(unscaled, s.scale());
            rings.add(s, day, unscaled);
        }
        out.text("\"");
        children(s, indent);
    }

    /** Start of the record last written or placed, epoch seconds. */
    long start() {
        return start;
    }

    long end() {
        return end;
    }

    long metadataEntries() {
        return metadataEntries;
    }

    /** Counts metadata entries written beside the records (a correlation's own). */
    void countMetadataEntries(long entries) {
        metadataEntries += entries;
    }

    long heartbeatLists() {
        return heartbeatLists;
    }

    long beats() {
        return beats;
    }

    /** Sets {@link #start()} and {@link #end()} of record {@code j} and starts its draws. */
    void place(int series, long j) {
        int timing = RecordMix.copied(series);
        placeOwn(timing, timing == series ? j : j * counts[timing] / counts[series]);
    }

    private void placeOwn(int series, long j) {
        Series s = RecordMix.SERIES.get(series);
        long count = counts[series];
        day = j * days / count;
        long first = firstOfDay(day, count);
        long perDay = firstOfDay(day + 1, count) - first;
        long window = s.hours() * 3600L;
        long slot = Math.max(1, window / perDay);
        long longest = Math.min(s.maxSeconds(), slot / 2);
        draws.at(series, j);
        long duration = longest == 0 ? 0 : draws.between(Math.max(1, longest / 3), longest);
        long offset = s.fromHour() * 3600L + (j - first) * slot + draws.below(Math.max(1, slot - duration));
        start = ExportDates.instant(firstDay + day, offset);
        end = start + duration;
    }

    private long firstOfDay(long day, long count) {
        return (day * count + days - 1) / days;
    }

    private void children(Series s, String indent) {
        switch (s.extra()) {
            case NONE -> out.text("/>\n");
            case MOTION_CONTEXT -> {
                out.text(">\n");
                entry(indent, "HKMetadataKeyHeartRateMotionContext", MOTION_CONTEXTS[(int) draws.below(3)]);
                out.text(indent).text("</Record>\n");
            }
            case TIME_ZONE -> {
                out.text(">\n");
                entry(indent, "HKTimeZone", ExportDates.ZONE);
                out.text(indent).text("</Record>\n");
            }
            case SCALE_METADATA -> {
                out.text(">\n");
                entry(indent, "Health Mate App Version", "6.3.1");
                entry(indent, "Withings User Identifier", "12345");
                out.text(indent).text("  <MetadataEntry key=\"Modified Date\" value=\"");
                ExportDates.export(out, end + 40);
                out.text("\"/>\n");
                metadataEntries++;
                entry(indent, "Withings Link", "withings-bd2://timeline/measure?userid=12345&amp;date=" + end
                        + "&amp;type=1");
                entry(indent, "HKWasUserEntered", "0");
                out.text(indent).text("</Record>\n");
            }
            case HEARTBEATS -> heartbeats(indent);
            default -> throw new IllegalStateException();
        }
    }

    /** Beat-to-beat list of an HRV record, times of day as the phone's locale writes them ({@code 7:38:51.12 AM}). */
    private void heartbeats(String indent) {
        out.text(">\n").text(indent).text("  <HeartRateVariabilityMetadataList>\n");
        long n = draws.between(40, 70);
        long hundredths = ExportDates.localSecondOfDay(start) * 100L;
        for (int i = 0; i < n; i++) {
            long bpm = draws.between(52, 78);
            hundredths = (hundredths + 6000 / bpm) % 8_640_000;
            long seconds = hundredths / 100;
            long hour = seconds / 3600;
            out.text(indent).text("   <InstantaneousBeatsPerMinute bpm=\"").number(bpm).text("\" time=\"")
                    .number(hour % 12 == 0 ? 12 : hour % 12).text(":").padded(seconds / 60 % 60, 2).text(":")
                    .padded(seconds % 60, 2).text(".").padded(hundredths % 100, 2).text(hour < 12 ? " AM" : " PM")
                    .text("\"/>\n");
        }
        out.text(indent).text("  </HeartRateVariabilityMetadataList>\n").text(indent).text("</Record>\n");
        heartbeatLists++;
        beats += n;
    }

    private void entry(String indent, String key, String value) {
        out.text(indent).text("  <MetadataEntry key=\"").text(key).text("\" value=\"").text(value).text("\"/>\n");
        metadataEntries++;
    }
}
