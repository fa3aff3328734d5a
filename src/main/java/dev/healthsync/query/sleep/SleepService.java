package dev.healthsync.query.sleep;

import dev.healthsync.query.DayRange;
import dev.healthsync.query.series.RankedSamples;
import dev.healthsync.query.series.UserZone;
import dev.healthsync.storage.RollupStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Answers sleep: a user's nights over whole days, merged across sources (see {@link SleepSessions}). */
@Service
public class SleepService {

    private static final long DAY_MS = 86_400_000L;

    private final RankedSamples samples;
    private final UserZone zones;
    private final Clock clock;

    SleepService(RankedSamples samples, UserZone zones, Clock clock) {
        this.samples = samples;
        this.zones = zones;
        this.clock = clock;
    }

    /** The nights of the request's days; without dates, the last {@link DayRange#DEFAULT_DAYS} in the user's zone. */
    public List<SleepView> nights(long userId, SleepQuery query) {
        ZoneId zone = zones.of(userId).orElse(ZoneOffset.UTC);
        return nights(userId, DayRange.parse(query.from(), query.to(), LocalDate.now(clock.withZone(zone))));
    }

    /**
     * Loads two days before and one after the range in UTC, so that every night ending on one of its days, in
     * any zone, is read whole (nights start the evening before), then keeps those filed under the range's days.
     */
    public List<SleepView> nights(long userId, DayRange days) {
        long fromMs = (days.from().toEpochDay() - 2) * DAY_MS;
        long toMs = (days.to().toEpochDay() + 1) * DAY_MS;
        List<SleepSample> loaded = new ArrayList<>();
        samples.each(userId, SleepStage.TYPE, fromMs, toMs, ranked -> add(loaded, ranked));
        return SleepNights.of(SleepSessions.of(loaded)).stream().filter(night -> days.contains(night.date()))
                .map(SleepView::of).toList();
    }

    private static void add(List<SleepSample> loaded, RankedSamples.Ranked ranked) {
        RollupStore.Input sample = ranked.sample();
        SleepStage.of(sample.value()).ifPresent(stage -> loaded.add(new SleepSample(sample.startMs(),
                sample.endMs(), stage, sample.source() == null ? "" : sample.source(), ranked.rank(),
                ranked.offsetSeconds())));
    }
}
