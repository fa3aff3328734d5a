package dev.healthsync.query.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts samples into per-source {@link Fragment}s of the intervals between edges: the common step of answering a
 * series directly and of recomputing rollups. A cumulative sample is split by time (its value pro rata) and merged
 * across sources ({@link SourceMerge}); a discrete sample belongs whole to the interval it starts in. Plain and
 * stateless.
 */
final class Fragments {

    private Fragments() {
    }

    /** Fragments of the intervals {@code [edges[i], edges[i + 1])}, ordered by interval, then source. */
    static List<Fragment> of(List<Piece> pieces, long[] edges, boolean cumulative) {
        Map<String, Acc[]> bySource = new TreeMap<>();
        int intervals = edges.length - 1;
        for (Piece piece : pieces) {
            Acc[] accs = bySource.computeIfAbsent(piece.source(), s -> new Acc[intervals]);
            int start = holding(edges, piece.startMs());
            if (start >= 0) {
                acc(accs, start, piece).count(piece.value());
            }
            if (cumulative) {
                spreadRaw(accs, edges, piece);
            } else if (start >= 0) {
                acc(accs, start, piece).raw += piece.value();
            }
        }
        if (cumulative) {
            List<SourceMerge.Sample> samples = new ArrayList<>(pieces.size());
            for (Piece piece : pieces) {
                samples.add(new SourceMerge.Sample(piece.startMs(), piece.endMs(), piece.value(), piece.source(),
                        piece.rank()));
            }
            List<SourceMerge.Bucket> merged = SourceMerge.merge(samples, edges);
            for (int i = 0; i < merged.size(); i++) {
                for (Map.Entry<String, Double> share : merged.get(i).bySource().entrySet()) {
                    Acc acc = bySource.get(share.getKey())[i];
                    acc.merged += share.getValue();
                }
            }
        }
        List<Fragment> fragments = new ArrayList<>();
        for (int i = 0; i < intervals; i++) {
            for (Map.Entry<String, Acc[]> source : bySource.entrySet()) {
                Acc acc = source.getValue()[i];
                if (acc != null) {
                    fragments.add(new Fragment(i, source.getKey(), acc.offsetSeconds,
                            cumulative ? acc.merged : acc.raw, acc.raw, acc.n, acc.min, acc.max));
                }
            }
        }
        return fragments;
    }

    /** Adds the piece's value to the intervals it overlaps, pro rata by time; an instant to the one holding it. */
    private static void spreadRaw(Acc[] accs, long[] edges, Piece piece) {
        if (piece.endMs() == piece.startMs()) {
            int at = holding(edges, piece.startMs());
            if (at >= 0) {
                acc(accs, at, piece).raw += piece.value();
            }
            return;
        }
        double perMs = piece.value() / (piece.endMs() - piece.startMs());
        for (int i = Math.max(interval(edges, piece.startMs()), 0); i >= 0 && i + 1 < edges.length
                && edges[i] < piece.endMs(); i++) {
            long overlap = Math.min(piece.endMs(), edges[i + 1]) - Math.max(piece.startMs(), edges[i]);
            if (overlap > 0) {
                acc(accs, i, piece).raw += overlap * perMs;
            }
        }
    }

    private static Acc acc(Acc[] accs, int interval, Piece piece) {
        Acc acc = accs[interval];
        if (acc == null) {
            acc = new Acc(piece.offsetSeconds());
            accs[interval] = acc;
        }
        return acc;
    }

    /** The interval holding {@code at}, or -1 outside them all. */
    private static int holding(long[] edges, long at) {
        return at < edges[0] ? -1 : interval(edges, at);
    }

    /** The interval holding {@code at}; 0 when before them all, -1 when after. */
    private static int interval(long[] edges, long at) {
        int index = Arrays.binarySearch(edges, at);
        int interval = index >= 0 ? index : -index - 2;
        return interval >= edges.length - 1 ? -1 : Math.max(interval, 0);
    }

    /** A source's sum in one interval, with the offset its first sample there was lived at. */
    private static final class Acc extends SourceSum {
        final int offsetSeconds;

        Acc(int offsetSeconds) {
            this.offsetSeconds = offsetSeconds;
        }
    }
}
