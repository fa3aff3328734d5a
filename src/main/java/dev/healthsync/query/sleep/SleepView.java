package dev.healthsync.query.sleep;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A night (or a nap) as the API returns it; times are ISO 8601 with the offset they were lived at. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One night's sleep, merged across sources, filed under the local date it ended.")
public record SleepView(
        @Schema(description = "The local date the night ended on (YYYY-MM-DD).") String date,
        @Schema(description = "Start of the first sample: when the person went to bed.") String bedtime,
        @Schema(description = "End of the last sample: when the person got up.") String wakeTime,
        @Schema(description = "Start of the first asleep stage; absent when no source recorded sleep.")
        String sleepStart,
        @Schema(description = "End of the last asleep stage; absent when no source recorded sleep.")
        String sleepEnd,
        @Schema(description = "Minutes covered by any sample of any source, counted once.") double inBedMinutes,
        @Schema(description = "core + deep + rem + unspecified minutes.") double asleepMinutes,
        @Schema(description = "Minutes of core sleep.") double coreMinutes,
        @Schema(description = "Minutes of deep sleep.") double deepMinutes,
        @Schema(description = "Minutes of REM sleep.") double remMinutes,
        @Schema(description = "Minutes a stage-recording source marked awake.") double awakeMinutes,
        @Schema(description = "Minutes asleep without a stage (older watches, phones, other apps).")
        double unspecifiedMinutes,
        @Schema(description = "Names of the sources whose samples count, in the order they first do.")
        List<String> sources,
        @Schema(description = "The day's other sessions (a night's only): same fields, start order.")
        List<SleepView> naps) {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final double MS_PER_MINUTE = 60_000.0;

    static SleepView of(SleepNights.Night night) {
        return of(night, night.sleep(), night.naps().stream().map(nap -> of(night, nap, null)).toList());
    }

    private static SleepView of(SleepNights.Night night, SleepSession session, List<SleepView> naps) {
        return new SleepView(night.date().toString(), time(session.bedtime()), time(session.wakeTime()),
                time(session.sleepStart()), time(session.sleepEnd()), minutes(session.inBedMs()),
                minutes(session.asleepMs()), minutes(session.ms(SleepStage.CORE)),
                minutes(session.ms(SleepStage.DEEP)), minutes(session.ms(SleepStage.REM)),
                minutes(session.ms(SleepStage.AWAKE)), minutes(session.ms(SleepStage.UNSPECIFIED)),
                session.sources(), naps);
    }

    private static String time(SleepSession.Moment moment) {
        return moment == null ? null : ISO.format(moment.local());
    }

    /** To a tenth of a minute: samples end on arbitrary seconds, and more digits would only be noise. */
    private static double minutes(long ms) {
        return Math.round(ms / MS_PER_MINUTE * 10) / 10.0;
    }
}
