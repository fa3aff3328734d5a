package dev.healthsync.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads back the export's {@code ActivitySummary} elements (Apple's own Activity rings per day), which the import
 * keeps as day aggregates of type {@link #TYPE} with every attribute in {@code extra}.
 */
@Component
public class ActivitySummaryQueries {

    public static final String TYPE = "HKActivitySummary";
    private static final long DAY_MS = 86_400_000L;

    private final JdbcClient jdbc;

    ActivitySummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One day's rings: the calendar day they name and the element's attributes as a JSON object. */
    public record Day(LocalDate date, String attributesJson) {
    }

    /**
     * The user's summaries of the days {@code [from, to)}, in date order. A summary starts at local midnight in the
     * export's offset, so rows up to a day either side are read and kept by their own local day; when exports with
     * different offsets left two rows for a day, the one written last counts.
     */
    public List<Day> days(long userId, LocalDate from, LocalDate to) {
        Map<LocalDate, String> byDay = new TreeMap<>();
        jdbc.sql("""
                        SELECT a.start_ms, a.start_offset, a.extra FROM aggregates a
                        JOIN health_types t ON t.id = a.type_id
                        WHERE a.user_id = :user AND t.identifier = :type AND a.bucket = 'day'
                          AND a.start_ms >= :from AND a.start_ms < :to
                        ORDER BY a.updated_at, a.id""")
                .param("user", userId).param("type", TYPE)
                .param("from", (from.toEpochDay() - 1) * DAY_MS).param("to", (to.toEpochDay() + 1) * DAY_MS)
                .query(rs -> {
                    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(rs.getLong(1) + rs.getInt(2) * 1000L,
                            DAY_MS));
                    if (!day.isBefore(from) && day.isBefore(to) && rs.getString(3) != null) {
                        byDay.put(day, rs.getString(3));
                    }
                });
        List<Day> days = new ArrayList<>(byDay.size());
        byDay.forEach((date, json) -> days.add(new Day(date, json)));
        return days;
    }
}
