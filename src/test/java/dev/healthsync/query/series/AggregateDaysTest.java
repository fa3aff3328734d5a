package dev.healthsync.query.series;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.storage.AggregateQueries.Bucket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateDaysTest {

    @Test
    void cumulativeDaysTakeTheLargestSourceKeyAndAddUpHours() {
        List<AggregateDays.Day> days = run(true,
                new Bucket(1, "phone|watch", "phone|watch", true, 5000, null, null),
                new Bucket(1, "phone", "phone", true, 4800, null, null),
                new Bucket(2, "phone", "phone", false, 300, null, null),
                new Bucket(2, "phone", "phone", false, 500, null, null),
                new Bucket(2, "watch", "watch", true, 700, null, null));
        assertThat(days).containsExactly(new AggregateDays.Day(1, "phone|watch", 5000, null, null),
                new AggregateDays.Day(2, "phone", 800, null, null));
    }

    @Test
    void discreteDaysTakeTheKeyCoveringMostOfTheDayAndAverageItsHours() {
        List<AggregateDays.Day> days = run(false,
                new Bucket(7, "a", "A", false, 60, 55.0, 70.0),
                new Bucket(7, "a", "A", false, 80, null, null),
                new Bucket(7, "b", "B", false, 200, 200.0, 200.0),
                new Bucket(8, "b", "B", true, 64, null, null));
        assertThat(days).containsExactly(new AggregateDays.Day(7, "A", 70, 55.0, 80.0),
                new AggregateDays.Day(8, "B", 64, 64.0, 64.0));
    }

    private static List<AggregateDays.Day> run(boolean cumulative, Bucket... buckets) {
        List<AggregateDays.Day> days = new ArrayList<>();
        AggregateDays aggregate = new AggregateDays(cumulative, days::add);
        for (Bucket bucket : buckets) {
            aggregate.accept(bucket);
        }
        aggregate.finish();
        return days;
    }
}
