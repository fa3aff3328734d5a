package dev.healthsync.agent;

import dev.healthsync.query.series.SeriesView;
import java.util.List;

/** Keeps a series small enough for an agent's context: past the cap it names the finest bucket that fits. */
final class SeriesBound {

    static final int MAX_BUCKETS = 400;

    private static final List<String> BUCKETS = List.of("minute", "hour", "day", "week", "month", "year");
    private static final List<Double> MINUTES = List.of(1.0, 60.0, 1440.0, 10_080.0, 43_830.0, 525_960.0);

    private SeriesBound() {
    }

    static SeriesView checked(SeriesView view) {
        int count = view.buckets().size();
        if (count <= MAX_BUCKETS) {
            return view;
        }
        int asked = Math.max(0, BUCKETS.indexOf(view.bucket()));
        String fits = "a shorter from/to";
        for (int i = asked + 1; i < BUCKETS.size(); i++) {
            if (count * MINUTES.get(asked) / MINUTES.get(i) <= MAX_BUCKETS) {
                fits = "bucket=" + BUCKETS.get(i) + " or a shorter from/to";
                break;
            }
        }
        throw new ToolArgumentException(count + " " + view.bucket() + " buckets exceed the limit of " + MAX_BUCKETS
                + "; use " + fits);
    }
}
