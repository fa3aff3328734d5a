package dev.healthsync.cli.push;

import dev.healthsync.pipeline.RawDocument;
import dev.healthsync.pipeline.RawSample;
import dev.healthsync.pipeline.RawWorkout;
import tools.jackson.core.JsonGenerator;

/**
 * One push contract's body, written as the app that owns the contract would write it. An encoder first says
 * which records its contract can carry (the others are skipped and counted before anything is sent), then writes
 * whole batches with a streaming generator.
 */
interface BatchEncoder {

    /** Null when the sample can be sent in this format, else a short reason, used as a counter key. */
    String skipReason(RawSample sample);

    /** Null when the workout can be sent in this format, else a short reason. */
    String skipReason(RawWorkout workout);

    /** Null when the document can be sent in this format, else a short reason. */
    String skipReason(RawDocument document);

    /** Writes one request body; the caller closes the generator. */
    void write(Batch batch, JsonGenerator out);
}
