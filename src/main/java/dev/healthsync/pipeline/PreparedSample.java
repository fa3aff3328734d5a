package dev.healthsync.pipeline;

import dev.healthsync.storage.SampleRow;

/**
 * A sample on its way from a reader thread to the session that stores it, normalized already (its row, or why it
 * cannot be stored; see {@link SamplePreparer}) or still raw, for the session's thread to normalize: whichever
 * thread has time does it, and the session stores both alike ({@link IngestSession#sample(PreparedSample)}).
 */
public final class PreparedSample {

    final RawSample raw;
    final Normalizer.Outcome<SampleRow> outcome;

    PreparedSample(RawSample raw, Normalizer.Outcome<SampleRow> outcome) {
        this.raw = raw;
        this.outcome = outcome;
    }

    /** A sample the storing thread normalizes itself. */
    public static PreparedSample raw(RawSample sample) {
        return new PreparedSample(sample, null);
    }
}
