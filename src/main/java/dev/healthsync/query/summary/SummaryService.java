package dev.healthsync.query.summary;

import dev.healthsync.query.DayRange;
import dev.healthsync.query.series.SeriesService;
import dev.healthsync.query.series.SeriesView;
import dev.healthsync.query.series.UserZone;
import dev.healthsync.query.sleep.SleepService;
import dev.healthsync.query.sleep.SleepView;
import dev.healthsync.query.workouts.WorkoutView;
import dev.healthsync.storage.ActivitySummaryQueries;
import dev.healthsync.storage.StoredWorkout;
import dev.healthsync.storage.WorkoutFilter;
import dev.healthsync.storage.WorkoutQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers daily summaries by asking the series, sleep and workout reads for the days, never by reading samples
 * itself: a summary cannot disagree with what those endpoints say about the same day.
 */
@Service
public class SummaryService {

    private static final long DAY_MS = 86_400_000L;
    private static final int WORKOUT_PAGE = 1000;
    private static final String DAY_ATTRIBUTE = "dateComponents";

    private final SeriesService series;
    private final SleepService sleep;
    private final WorkoutQueries workouts;
    private final ActivitySummaryQueries rings;
    private final UserZone zones;
    private final Clock clock;
    private final JsonMapper json;

    SummaryService(SeriesService series, SleepService sleep, WorkoutQueries workouts, ActivitySummaryQueries rings,
                   UserZone zones, Clock clock, JsonMapper json) {
        this.series = series;
        this.sleep = sleep;
        this.workouts = workouts;
        this.rings = rings;
        this.zones = zones;
        this.clock = clock;
        this.json = json;
    }

    /** The days of {@code from}/{@code to}; without either, the last week up to today in the user's zone. */
    public List<DailySummary> days(long userId, String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(zones.of(userId).orElse(ZoneOffset.UTC)));
        return days(userId, DayRange.parse(from, to, today));
    }

    public DailySummary day(long userId, String date) {
        return days(userId, DayRange.day("date", date)).get(0);
    }

    /** One summary per day of the range, empty days included. */
    public List<DailySummary> days(long userId, DayRange days) {
        Map<DailyMetric, Map<String, Double>> values = new EnumMap<>(DailyMetric.class);
        Map<String, String> units = new LinkedHashMap<>();
        for (DailyMetric metric : DailyMetric.values()) {
            SeriesView view = series.series(userId, metric.type, metric.query(days));
            values.put(metric, byDate(view));
            units.put(metric.field, view.unit());
        }
        // a day of Idle hours only stood for none of them, which is a 0, not a day without data
        Map<String, Double> anyStandHour = byDate(series.series(userId, DailyMetric.Types.STAND_HOUR,
                DailyMetric.query(days, "count", null)));
        Map<String, SleepView> nights = new HashMap<>();
        sleep.nights(userId, days).forEach(night -> nights.put(night.date(), night));
        Map<LocalDate, List<Map<String, Object>>> workoutsByDay = workouts(userId, days);
        Map<LocalDate, Map<String, Object>> ringsByDay = rings(userId, days);

        List<DailySummary> summaries = new ArrayList<>();
        for (LocalDate day = days.from(); day.isBefore(days.to()); day = day.plusDays(1)) {
            String date = day.toString();
            Map<DailyMetric, Double> dayValues = new EnumMap<>(DailyMetric.class);
            values.forEach((metric, byDate) -> dayValues.put(metric, byDate.get(date)));
            if (dayValues.get(DailyMetric.STAND_HOURS) == null && anyStandHour.containsKey(date)) {
                dayValues.put(DailyMetric.STAND_HOURS, 0.0);
            }
            summaries.add(DailySummary.of(day, dayValues, units, nights.get(date),
                    workoutsByDay.getOrDefault(day, List.of()), ringsByDay.get(day)));
        }
        return summaries;
    }

    private static Map<String, Double> byDate(SeriesView view) {
        Map<String, Double> values = new HashMap<>();
        for (SeriesView.Bucket bucket : view.buckets()) {
            if (bucket.value() != null) {
                values.put(bucket.date(), bucket.value());
            }
        }
        return values;
    }

    /** Workouts by the local day of their start, read a day wider in UTC so that every offset's day is whole. */
    private Map<LocalDate, List<Map<String, Object>>> workouts(long userId, DayRange days) {
        Map<LocalDate, List<Map<String, Object>>> byDay = new HashMap<>();
        long fromMs = (days.from().toEpochDay() - 1) * DAY_MS;
        long toMs = (days.to().toEpochDay() + 1) * DAY_MS;
        WorkoutFilter.Position after = null;
        List<StoredWorkout> page;
        do {
            page = workouts.page(new WorkoutFilter(userId, fromMs, toMs, null, null, null, after), WORKOUT_PAGE);
            for (StoredWorkout workout : page) {
                LocalDate day = workout.start().toOffsetDateTime().toLocalDate();
                if (days.contains(day)) {
                    byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(WorkoutView.item(workout));
                }
            }
            after = page.isEmpty() ? null : page.get(page.size() - 1).position();
        } while (page.size() == WORKOUT_PAGE);
        return byDay;
    }

    @SuppressWarnings("unchecked")
    private Map<LocalDate, Map<String, Object>> rings(long userId, DayRange days) {
        Map<LocalDate, Map<String, Object>> byDay = new HashMap<>();
        for (ActivitySummaryQueries.Day day : rings.days(userId, days.from(), days.to())) {
            Map<String, Object> attributes = json.readValue(day.attributesJson(), LinkedHashMap.class);
            attributes.remove(DAY_ATTRIBUTE);
            byDay.put(day.date(), attributes);
        }
        return byDay;
    }
}
