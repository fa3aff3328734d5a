package dev.healthsync.pipeline;

import dev.healthsync.health.Moment;

/** A workout event ({@code HKWorkoutEvent}): pause, resume, lap, segment, marker. */
public record RawWorkoutEvent(String type, Moment date, Double durationSeconds, String metadataJson) {
}
