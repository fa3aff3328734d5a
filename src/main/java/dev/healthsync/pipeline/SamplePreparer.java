package dev.healthsync.pipeline;

/**
 * Does a sample's share of the pipeline that needs no database (validation, canonical units, identity key) ahead
 * of the session that stores it, so an import can run it on its reader thread while the writer is busy writing.
 * Gives what {@link IngestSession#sample(RawSample)} would do itself. Not thread-safe: one per thread.
 */
public final class SamplePreparer {

    private final Normalizer normalizer = new Normalizer();

    public PreparedSample prepare(RawSample sample) {
        return new PreparedSample(sample, normalizer.sample(sample));
    }
}
