package dev.healthsync.pipeline;

import dev.healthsync.storage.SampleRow;

/** A sample through {@link SamplePreparer}: its row, or why it cannot be stored. For {@link IngestSession#sample(PreparedSample)}. */
public final class PreparedSample {

    final Normalizer.Outcome<SampleRow> outcome;

    PreparedSample(Normalizer.Outcome<SampleRow> outcome) {
        this.outcome = outcome;
    }
}
