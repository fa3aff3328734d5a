package dev.healthsync.ingest.autoexport;

import dev.healthsync.ingest.decoder.JsonCursor;
import dev.healthsync.ingest.decoder.JsonFrame;
import dev.healthsync.ingest.decoder.MalformedBodyException;
import dev.healthsync.ingest.decoder.PushDecoder;
import dev.healthsync.pipeline.RecordSink;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Decoder of the Health Auto Export app's REST automation in JSON form ({@code POST /api/health-auto-export},
 * docs/contracts.md#health-auto-export). The body is {@code {"data": {metrics, workouts, stateOfMind, medications, symptoms, cycleTracking,
 * ecg, heartRateNotifications}}}; a root holding the sections directly, without {@code data}, is read the same.
 * <ul>
 *   <li>{@code metrics}: each point becomes a {@link dev.healthsync.pipeline.RawAggregate} when it is an hour or day
 *       bucket (the option, or detected from the dates: {@link HaeBuckets}), else a
 *       {@link dev.healthsync.pipeline.RawSample} ({@link HaeMetricSection}, {@link HaePointEmitter});</li>
 *   <li>{@code workouts}: {@link dev.healthsync.pipeline.RawWorkout}s with statistics and route, and their series
 *       as samples ({@link HaeWorkoutSection});</li>
 *   <li>the other sections: documents, or category samples where symptoms and cycle tracking map
 *       ({@link HaeDocumentSections}).</li>
 * </ul>
 * Record paths name the record inside its section as if the root held the sections ({@code metrics[3].data[7]}),
 * with or without the {@code data} wrapper. A broken record is reported through {@code reject(path, reason)} and
 * skipped; an unknown metric name or section through {@code ignored(path)}. A body that is not JSON, not an object
 * at the top, or with a section that is not an array throws {@link MalformedBodyException}, possibly after records
 * were delivered: the caller must then discard them.
 * <p>
 * Streams the body: one point, one workout (with its series and route) or one document in memory at a time, except
 * where the app's key order forces a metric's points to wait for its name ({@link HaeMetricSection}). Pure and
 * immutable (the options are fixed when it is made): no clock, no Spring, no I/O beyond the stream, which it neither
 * closes nor reads past the top-level object. Thread-safe.
 */
public final class HealthAutoExportDecoder implements PushDecoder<RecordSink> {

    private static final String DATA = "data";
    private static final String METRICS = "metrics";
    private static final String WORKOUTS = "workouts";

    private final HaeOptions options;

    /** A decoder that reads bodies with {@code options}: the zone of local dates, and how points are bucketed. */
    public HealthAutoExportDecoder(HaeOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Decodes one body.
     *
     * @throws MalformedBodyException when the body is not a JSON object of this contract's shape at the top
     * @throws UncheckedIOException   when reading the stream itself fails
     */
    @Override
    public void decode(InputStream body, RecordSink sink) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sink, "sink");
        JsonFrame.read(body, parser -> {
            HaeReader in = new HaeReader(parser, options, sink);
            Sections sections = new Sections(in);
            String name;
            while ((name = in.nextField()) != null) {
                if (name.equals(DATA)) {
                    if (in.startObject("", DATA)) {
                        String section;
                        while ((section = in.nextField()) != null) {
                            sections.read(DATA, section);
                        }
                    }
                } else {
                    sections.read("", name);
                }
            }
            return null;
        });
    }

    /** The sections, in whatever order the body has them. */
    private static final class Sections {

        private final HaeReader in;
        private final HaeMetricSection metrics;
        private final HaeWorkoutSection workouts;
        private final HaeDocumentSections documents;

        Sections(HaeReader in) {
            this.in = in;
            this.metrics = new HaeMetricSection(in);
            this.workouts = new HaeWorkoutSection(in);
            this.documents = new HaeDocumentSections(in);
        }

        /** Reads one section; {@code parent} is where it sits in the body, used only to name a wrong shape. */
        void read(String parent, String section) {
            if (section.equals(METRICS)) {
                each(parent, section, metrics::read);
            } else if (section.equals(WORKOUTS)) {
                each(parent, section, workouts::read);
            } else if (HaeDocumentSections.handles(section)) {
                each(parent, section, path -> documents.read(section, path));
            } else {
                in.sink().ignored(section);
                in.skip();
            }
        }

        private void each(String parent, String section, JsonCursor.ElementReader reader) {
            if (in.startArray(parent, section)) {
                in.eachRecord(section, reader);
            }
        }
    }
}
