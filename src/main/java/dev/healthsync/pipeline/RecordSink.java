package dev.healthsync.pipeline;

/**
 * Where a decoder delivers records as it streams through a body. Decoders never hold a whole batch:
 * they hand over each record as soon as it is read, and report records they could not read as rejects.
 */
public interface RecordSink {

    void sample(RawSample sample);

    void workout(RawWorkout workout);

    /** A record that could not be read; the reason never contains the record's values. */
    void reject(String path, String reason);
}
