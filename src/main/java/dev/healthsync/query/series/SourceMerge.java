package dev.healthsync.query.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the samples of a cumulative type (steps, distance, energy) from several sources into bucket totals the
 * way the Health app does, so that a walk counted by the watch and by the phone counts once. Sources are taken in
 * rank order (lower rank first; equal ranks by name, so the result never depends on input order). A sample counts
 * only for the part of its time that no higher source already covers, and that part's share of its value is its
 * share of the sample's duration; a sample crossing a bucket edge is split the same way. An instantaneous sample
 * counts whole unless a higher source covers its instant. Samples of one source never hide each other: what one
 * app writes twice is its own business (and identity keys already removed exact repeats).
 * <p>
 * Summing all sources doubles the steps; taking one source per day undercounts whenever the watch was off. This
 * class is neither: per moment, the best source that was counting. Plain and stateless; thread-safe.
 */
final class SourceMerge {

    private SourceMerge() {
    }

    /** A sample: its time span in epoch milliseconds (end ≥ start), value, and source with its rank. */
    record Sample(long startMs, long endMs, double value, String source, int rank) {
    }

    /** One bucket's merged total and what each source contributed to it (they add up to the total). */
    record Bucket(long startMs, long endMs, double total, Map<String, Double> bySource) {
    }

    /**
     * Merges {@code samples} (any order) into the buckets between consecutive {@code edges} (ascending epoch
     * milliseconds; bucket i is {@code [edges[i], edges[i + 1])}). Parts of samples outside the edges are left out.
     */
    static List<Bucket> merge(List<Sample> samples, long[] edges) {
        List<Map<String, Double>> contributions = new ArrayList<>();
        for (int i = 0; i + 1 < edges.length; i++) {
            contributions.add(new LinkedHashMap<>());
        }
        Covered covered = new Covered();
        for (List<Sample> source : bySourceInRankOrder(samples)) {
            List<long[]> spans = new ArrayList<>(source.size());
            for (Sample sample : source) {
                if (sample.endMs() == sample.startMs()) {
                    if (!covered.contains(sample.startMs())) {
                        add(contributions, edges, sample.source(), sample.startMs(), sample.value());
                    }
                } else {
                    double perMs = sample.value() / (sample.endMs() - sample.startMs());
                    for (long[] free : covered.gaps(sample.startMs(), sample.endMs())) {
                        spread(contributions, edges, sample.source(), free[0], free[1], perMs);
                    }
                    spans.add(new long[] {sample.startMs(), sample.endMs()});
                }
            }
            spans.forEach(span -> covered.add(span[0], span[1]));
        }
        List<Bucket> buckets = new ArrayList<>(contributions.size());
        for (int i = 0; i < contributions.size(); i++) {
            Map<String, Double> bySource = contributions.get(i);
            double total = bySource.values().stream().mapToDouble(Double::doubleValue).sum();
            buckets.add(new Bucket(edges[i], edges[i + 1], total, bySource));
        }
        return buckets;
    }

    private static List<List<Sample>> bySourceInRankOrder(List<Sample> samples) {
        Map<String, List<Sample>> bySource = new TreeMap<>();
        Map<String, Integer> ranks = new TreeMap<>();
        for (Sample sample : samples) {
            bySource.computeIfAbsent(sample.source(), s -> new ArrayList<>()).add(sample);
            ranks.merge(sample.source(), sample.rank(), Math::min);
        }
        return bySource.keySet().stream()
                .sorted(Comparator.comparingInt((String source) -> ranks.get(source)).thenComparing(s -> s))
                .map(bySource::get)
                .toList();
    }

    /** Adds {@code perMs} × the length of {@code [from, to)} to the buckets it overlaps. */
    private static void spread(List<Map<String, Double>> contributions, long[] edges, String source, long from,
                               long to, double perMs) {
        for (int i = firstBucket(edges, from); i >= 0 && i + 1 < edges.length && edges[i] < to; i++) {
            long overlap = Math.min(to, edges[i + 1]) - Math.max(from, edges[i]);
            if (overlap > 0) {
                contributions.get(i).merge(source, overlap * perMs, Double::sum);
            }
        }
    }

    private static void add(List<Map<String, Double>> contributions, long[] edges, String source, long at,
                            double value) {
        int i = firstBucket(edges, at);
        if (i >= 0 && i + 1 < edges.length && at >= edges[i] && at < edges[i + 1]) {
            contributions.get(i).merge(source, value, Double::sum);
        }
    }

    /** The bucket holding {@code at}, the first bucket when {@code at} is before them all, -1 when after. */
    private static int firstBucket(long[] edges, long at) {
        int index = java.util.Arrays.binarySearch(edges, at);
        int bucket = index >= 0 ? index : -index - 2;
        if (bucket >= edges.length - 1) {
            return -1;
        }
        return Math.max(bucket, 0);
    }

    /** The union of time spans covered by the sources taken so far, as disjoint [start, end) spans. */
    private static final class Covered {

        private final TreeMap<Long, Long> spans = new TreeMap<>();

        boolean contains(long at) {
            Map.Entry<Long, Long> span = spans.floorEntry(at);
            return span != null && at < span.getValue();
        }

        /** The parts of {@code [from, to)} no span covers, in time order. */
        List<long[]> gaps(long from, long to) {
            List<long[]> gaps = new ArrayList<>(2);
            long cursor = from;
            Map.Entry<Long, Long> before = spans.floorEntry(from);
            if (before != null && before.getValue() > cursor) {
                cursor = before.getValue();
            }
            for (Map.Entry<Long, Long> span : spans.subMap(from, false, to, false).entrySet()) {
                if (span.getKey() > cursor) {
                    gaps.add(new long[] {cursor, span.getKey()});
                }
                cursor = Math.max(cursor, span.getValue());
            }
            if (cursor < to) {
                gaps.add(new long[] {cursor, to});
            }
            return gaps;
        }

        void add(long from, long to) {
            long start = from;
            long end = to;
            Map.Entry<Long, Long> before = spans.floorEntry(from);
            if (before != null && before.getValue() >= from) {
                start = before.getKey();
                end = Math.max(end, before.getValue());
            }
            Map.Entry<Long, Long> next = spans.ceilingEntry(start);
            while (next != null && next.getKey() <= end) {
                end = Math.max(end, next.getValue());
                spans.remove(next.getKey());
                next = spans.ceilingEntry(start);
            }
            spans.put(start, end);
        }
    }
}
