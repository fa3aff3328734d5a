package dev.healthsync.query.sleep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Files sessions under the day they end (as lived, so a night from Monday to Tuesday is Tuesday's) and picks each
 * day's night: the session with the most sleep (then the longest in bed). The day's other sessions are its naps.
 */
final class SleepNights {

    private static final Comparator<SleepSession> LONGEST = Comparator.comparingLong(SleepSession::asleepMs)
            .thenComparingLong(SleepSession::inBedMs);

    private SleepNights() {
    }

    /** A day's night and its naps, in start order. */
    record Night(LocalDate date, SleepSession sleep, List<SleepSession> naps) {
    }

    /** The nights in date order. */
    static List<Night> of(List<SleepSession> sessions) {
        Map<LocalDate, List<SleepSession>> byDate = new TreeMap<>();
        for (SleepSession session : sessions) {
            byDate.computeIfAbsent(session.date(), date -> new ArrayList<>()).add(session);
        }
        List<Night> nights = new ArrayList<>(byDate.size());
        byDate.forEach((date, day) -> {
            SleepSession night = day.stream().max(LONGEST).orElseThrow();
            List<SleepSession> naps = day.stream().filter(session -> session != night)
                    .sorted(Comparator.comparingLong(session -> session.bedtime().epochMs())).toList();
            nights.add(new Night(date, night, naps));
        });
        return nights;
    }
}
