package dev.healthsync.query.workouts;

import dev.healthsync.query.SampleView;
import dev.healthsync.storage.StoredWorkout;
import dev.healthsync.storage.WorkoutRow;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A route as GPX 1.1: one track, a {@code trkseg} per segment between pauses. Speed and course go into Garmin's
 * TrackPointExtension v2, which GPX tools read; the unprefixed {@code <speed>}/{@code <course>} elements Apple's own
 * export writes are GPX 1.0 and fail a GPX 1.1 validator. Times are UTC, as GPX requires.
 */
final class GpxRoute {

    static final String MEDIA_TYPE = "application/gpx+xml";
    private static final String GPX = "http://www.topografix.com/GPX/1/1";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String TPX = "http://www.garmin.com/xmlschemas/TrackPointExtension/v2";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private GpxRoute() {
    }

    static void write(StoredWorkout workout, List<List<WorkoutRow.RoutePoint>> segments, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(GPX);
        xml.writeStartElement(GPX, "gpx");
        xml.writeDefaultNamespace(GPX);
        xml.writeNamespace("xsi", XSI);
        xml.writeNamespace("gpxtpx", TPX);
        xml.writeAttribute("version", "1.1");
        xml.writeAttribute("creator", "HealthSync Server");
        xml.writeAttribute(XSI, "schemaLocation", GPX + " http://www.topografix.com/GPX/1/1/gpx.xsd " + TPX
                + " https://www8.garmin.com/xmlschemas/TrackPointExtensionv2.xsd");
        String name = ActivityTypes.shortName(workout.activityType()) + " "
                + SampleView.ISO.format(workout.start().toOffsetDateTime());
        xml.writeStartElement(GPX, "metadata");
        element(xml, "name", name);
        element(xml, "time", utc(workout.start().epochMillis()));
        xml.writeEndElement();
        xml.writeStartElement(GPX, "trk");
        element(xml, "name", name);
        element(xml, "type", ActivityTypes.shortName(workout.activityType()));
        for (List<WorkoutRow.RoutePoint> segment : segments) {
            xml.writeStartElement(GPX, "trkseg");
            for (WorkoutRow.RoutePoint point : segment) {
                point(xml, point);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void point(XMLStreamWriter xml, WorkoutRow.RoutePoint point) throws XMLStreamException {
        xml.writeStartElement(GPX, "trkpt");
        xml.writeAttribute("lat", decimal(point.latitude()));
        xml.writeAttribute("lon", decimal(point.longitude()));
        if (point.altitude() != null) {
            element(xml, "ele", decimal(point.altitude()));
        }
        element(xml, "time", utc(point.timeMs()));
        boolean speed = point.speed() != null && point.speed() >= 0;
        boolean course = point.course() != null && point.course() >= 0 && point.course() < 360;
        if (speed || course) {
            xml.writeStartElement(GPX, "extensions");
            xml.writeStartElement(TPX, "TrackPointExtension");
            if (speed) {
                extension(xml, "speed", point.speed());
            }
            if (course) {
                extension(xml, "course", point.course());
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(GPX, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void extension(XMLStreamWriter xml, String name, double value) throws XMLStreamException {
        xml.writeStartElement(TPX, name);
        xml.writeCharacters(decimal(value));
        xml.writeEndElement();
    }

    /** xsd:decimal has no exponent, which {@code Double.toString} writes below 0.001 (a longitude near 0°). */
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    private static String utc(long epochMillis) {
        return SampleView.ISO.format(Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC));
    }
}
