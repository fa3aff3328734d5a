package dev.healthsync.imports.reader;

import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawRoutePoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads a workout's {@code WorkoutRoute}: since iOS 12 a {@code FileReference} to a GPX file beside export.xml,
 * before that inline {@code Location} elements (latitude, longitude, altitude, accuracies, course, speed, date).
 * The route's own attributes (its source, creation date) are not kept: the points belong to the workout. A missing
 * GPX file is a warning and the workout is kept without that route. Not thread-safe.
 */
final class RouteElement {

    private final ReadStats stats;
    private final ExportFiles files;
    private final java.util.Set<String> referenced = new java.util.HashSet<>();

    RouteElement(ReadStats stats, ExportFiles files) {
        this.stats = stats;
        this.files = files;
    }

    /** Reads the route the reader is at the start of and adds its points to {@code points}. */
    void read(XMLStreamReader2 reader, String workoutPath, List<RawRoutePoint> points) throws XMLStreamException {
        stats.read("WorkoutRoute");
        String path = workoutPath + "/WorkoutRoute";
        Metadata ignoredMetadata = new Metadata();
        while (Xml.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "Location" -> location(reader, path, points);
                case "FileReference" -> file(reader, path, points);
                case "MetadataEntry" -> Elements.metadataEntry(reader, ignoredMetadata, stats, path);
                default -> Elements.unknownElement(reader, stats, path);
            }
        }
    }

    /** Route files some workout referred to, relative to the export folder. */
    java.util.Set<String> referenced() {
        return referenced;
    }

    private void location(XMLStreamReader2 reader, String path, List<RawRoutePoint> points)
            throws XMLStreamException {
        String pointPath = stats.pathHere("Location");
        Moment time = null;
        Double latitude = null;
        Double longitude = null;
        Double altitude = null;
        Double horizontal = null;
        Double vertical = null;
        Double course = null;
        Double speed = null;
        int count = reader.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String name = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            switch (name) {
                case "date" -> time = ExportDates.parse(value);
                case "latitude" -> latitude = Numbers.parse(value);
                case "longitude" -> longitude = Numbers.parse(value);
                case "altitude" -> altitude = Numbers.parse(value);
                case "horizontalAccuracy" -> horizontal = Numbers.parse(value);
                case "verticalAccuracy" -> vertical = Numbers.parse(value);
                case "course" -> course = Numbers.parse(value);
                case "speed" -> speed = Numbers.parse(value);
                default -> Elements.unknownAttribute("Location", name, stats, path + "/Location");
            }
        }
        Xml.skip(reader);
        stats.read("Location");
        if (time == null || latitude == null || longitude == null) {
            stats.skipped("Location", "date or coordinates missing");
            return;
        }
        points.add(new RawRoutePoint(pointPath, time, latitude, longitude, altitude, speed, course, horizontal, vertical));
    }

    private void file(XMLStreamReader2 reader, String path, List<RawRoutePoint> points) throws XMLStreamException {
        String reference = reader.getAttributeValue(null, "path");
        Xml.skip(reader);
        stats.read("FileReference");
        String relative = ExportFiles.relative(reference);
        if (relative != null) {
            referenced.add(java.text.Normalizer.normalize(relative, java.text.Normalizer.Form.NFC));
        }
        try (InputStream in = relative == null ? null : files.open(relative)) {
            if (in == null) {
                stats.warning("WorkoutRoute", "route file " + (relative == null ? "(outside the export)" : relative)
                        + " is not in the export; workout kept without this route");
                return;
            }
            points.addAll(GpxReader.read(in, relative, stats));
        } catch (IOException e) {
            throw new UncheckedIOException("reading route file " + relative, e);
        }
    }
}
