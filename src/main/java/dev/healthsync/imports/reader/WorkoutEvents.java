package dev.healthsync.imports.reader;

import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawWorkoutEvent;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads a {@code WorkoutEvent} (pause, resume, lap, segment, marker) with its date, optional duration and
 * metadata. An event whose date does not parse keeps a null date rather than losing the workout.
 */
final class WorkoutEvents {

    private WorkoutEvents() {
    }

    static RawWorkoutEvent read(XMLStreamReader2 reader, ReadStats stats, String path) throws XMLStreamException {
        String type = null;
        String date = null;
        String duration = null;
        String durationUnit = null;
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String name = reader.getAttributeLocalName(i);
            switch (name) {
                case "type" -> type = reader.getAttributeValue(i);
                case "date" -> date = reader.getAttributeValue(i);
                case "duration" -> duration = reader.getAttributeValue(i);
                case "durationUnit" -> durationUnit = reader.getAttributeValue(i);
                default -> Elements.unknownAttribute("WorkoutEvent", name, stats, path);
            }
        }
        Metadata metadata = new Metadata();
        while (Xml.nextChild(reader)) {
            if ("MetadataEntry".equals(reader.getLocalName())) {
                Elements.metadataEntry(reader, metadata, stats, path);
            } else {
                Elements.unknownElement(reader, stats, path);
            }
        }
        stats.read("WorkoutEvent");
        Moment moment = ExportDates.parse(date);
        if (date != null && moment == null) {
            stats.skipped("WorkoutEvent", "date is not a date");
        }
        return new RawWorkoutEvent(type, moment, WorkoutAttributes.seconds(duration, durationUnit, stats),
                metadata.toJson());
    }
}
