package dev.healthsync.imports.reader;

import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawRoutePoint;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads the route points of a GPX 1.1 file as the Health app writes them into {@code workout-routes/}:
 * {@code <trkpt lat lon>} with {@code <ele>}, {@code <time>} in UTC, and un-namespaced {@code <extensions>}
 * holding {@code speed}, {@code course}, {@code hAcc} and {@code vAcc}. Extension values are found at any depth
 * and with any prefix, so files rewritten by other tools ({@code gpxtpx:speed}) still give them.
 * <p>
 * Values are kept as written: CoreLocation's -1 for a speed, course or accuracy it does not know, and coordinates
 * out of range, are the pipeline's to check, the same for every sender. Points sharing a timestamp are all kept
 * (Apple writes such pairs); a point without a time or coordinates is skipped and counted. Each point is named by
 * its line in the file, so a point the pipeline drops is reported there. A file that is not well-formed yields the points read
 * before the error, with a warning. Stateless; thread-safe.
 */
final class GpxReader {

    private GpxReader() {
    }

    static List<RawRoutePoint> read(InputStream in, String name, ReadStats stats) {
        List<RawRoutePoint> points = new ArrayList<>();
        XMLStreamReader2 reader = null;
        try {
            reader = Xml.gpxReader(new ControlCharFilter(in));
            stats.readingFile(name, reader);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "trkpt".equals(reader.getLocalName())) {
                    RawRoutePoint point = point(reader, stats);
                    if (point != null) {
                        points.add(point);
                    }
                }
            }
            stats.read("GpxFile");
        } catch (XMLStreamException e) {
            stats.readingFile(name, reader);
            stats.warning("GpxFile", "not well-formed; kept the " + points.size() + " points read before");
        } finally {
            stats.doneWithFile();
            close(reader);
        }
        return points;
    }

    private static RawRoutePoint point(XMLStreamReader2 reader, ReadStats stats) throws XMLStreamException {
        String path = stats.pathHere("trkpt");
        Double latitude = Numbers.parse(reader.getAttributeValue(null, "lat"));
        Double longitude = Numbers.parse(reader.getAttributeValue(null, "lon"));
        Moment time = null;
        Double elevation = null;
        Double speed = null;
        Double course = null;
        Double horizontal = null;
        Double vertical = null;
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "ele" -> elevation = number(reader);
                    case "time" -> time = ExportDates.parseIso(Xml.text(reader).strip());
                    case "speed" -> speed = number(reader);
                    case "course" -> course = number(reader);
                    case "hAcc" -> horizontal = number(reader);
                    case "vAcc" -> vertical = number(reader);
                    default -> depth++; // extensions and unknown wrappers: look inside
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        stats.read("trkpt");
        if (latitude == null || longitude == null) {
            stats.skipped("trkpt", "lat or lon missing");
            return null;
        }
        if (time == null) {
            stats.skipped("trkpt", "time missing");
            return null;
        }
        return new RawRoutePoint(path, time, latitude, longitude, elevation, speed, course, horizontal, vertical);
    }

    private static Double number(XMLStreamReader2 reader) throws XMLStreamException {
        return Numbers.parse(Xml.text(reader).strip());
    }

    private static void close(XMLStreamReader2 reader) {
        if (reader != null) {
            try {
                reader.closeCompletely();
            } catch (XMLStreamException e) {
                // closing a reader of a file already read; nothing to recover
            }
        }
    }
}
