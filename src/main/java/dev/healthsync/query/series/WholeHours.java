package dev.healthsync.query.series;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/** Whether a zone's offset is a whole number of hours over a series' range, so UTC hours can fill its buckets. */
final class WholeHours {

    private static final int HOUR_SECONDS = 3600;

    private WholeHours() {
    }

    static boolean throughout(Buckets buckets) {
        ZoneRules rules = buckets.zone().getRules();
        Instant from = Instant.ofEpochMilli(buckets.startMs(0));
        Instant to = Instant.ofEpochMilli(buckets.endMs(buckets.count() - 1));
        if (rules.getOffset(from).getTotalSeconds() % HOUR_SECONDS != 0) {
            return false;
        }
        ZoneOffsetTransition transition = rules.nextTransition(from);
        while (transition != null && transition.getInstant().isBefore(to)) {
            if (transition.getOffsetAfter().getTotalSeconds() % HOUR_SECONDS != 0) {
                return false;
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        return true;
    }
}
