package dev.healthsync.storage;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A workout's route as one value: a route is always read whole (GeoJSON, GPX) and a long history holds millions of
 * points, so a row per point costs an index entry per point for nothing. Layout: a format byte, the point count,
 * then per point its time (ms), latitude and longitude, a byte flagging which optional values follow, and those
 * values, all big-endian. Points are kept in time order; points sharing a timestamp keep the order they arrived in.
 */
final class RouteCodec {

    private static final byte FORMAT = 1;
    private static final int OPTIONAL_VALUES = 5;
    private static final int FIXED_BYTES = Long.BYTES + 2 * Double.BYTES + 1;

    private RouteCodec() {
    }

    static byte[] encode(List<WorkoutRow.RoutePoint> points) {
        int size = 1 + Integer.BYTES;
        for (WorkoutRow.RoutePoint point : points) {
            size += FIXED_BYTES + Double.BYTES * Integer.bitCount(presence(optionalValues(point)));
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        buffer.put(FORMAT).putInt(points.size());
        for (WorkoutRow.RoutePoint point : points) {
            Double[] optional = optionalValues(point);
            int presence = presence(optional);
            buffer.putLong(point.timeMs()).putDouble(point.latitude()).putDouble(point.longitude())
                    .put((byte) presence);
            for (int i = 0; i < OPTIONAL_VALUES; i++) {
                if ((presence & (1 << i)) != 0) {
                    buffer.putDouble(optional[i]);
                }
            }
        }
        return buffer.array();
    }

    static List<WorkoutRow.RoutePoint> decode(byte[] bytes) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            byte format = buffer.get();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown route format " + format);
            }
            int count = buffer.getInt();
            List<WorkoutRow.RoutePoint> points = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long timeMs = buffer.getLong();
                double latitude = buffer.getDouble();
                double longitude = buffer.getDouble();
                int presence = buffer.get();
                Double[] optional = new Double[OPTIONAL_VALUES];
                for (int v = 0; v < OPTIONAL_VALUES; v++) {
                    optional[v] = (presence & (1 << v)) != 0 ? buffer.getDouble() : null;
                }
                points.add(new WorkoutRow.RoutePoint(timeMs, latitude, longitude, optional[0], optional[1],
                        optional[2], optional[3], optional[4]));
            }
            if (buffer.hasRemaining()) {
                throw new IllegalArgumentException("route has " + buffer.remaining() + " bytes after its points");
            }
            return points;
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("route ends inside a point", e);
        }
    }

    private static int presence(Double[] optional) {
        int presence = 0;
        for (int i = 0; i < OPTIONAL_VALUES; i++) {
            if (optional[i] != null) {
                presence |= 1 << i;
            }
        }
        return presence;
    }

    private static Double[] optionalValues(WorkoutRow.RoutePoint point) {
        return new Double[] {point.altitude(), point.speed(), point.course(), point.horizontalAccuracy(),
                point.verticalAccuracy()};
    }
}
