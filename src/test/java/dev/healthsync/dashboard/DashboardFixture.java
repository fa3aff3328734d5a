package dev.healthsync.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the browser tests push beside the fixture export, so each page has something to show: a week of the
 * watch's steps, a day on which the watch and the phone counted the same ten minutes (the watch's 600 win by
 * default; ranking the phone first makes it 900), a staged night and the run's heart rate.
 */
final class DashboardFixture {

    static final String DAY = "2024-05-01";
    static final String STEPS = "HKQuantityTypeIdentifierStepCount";
    static final String WATCH = "Ana’s Apple Watch";
    static final String PHONE = "Ana’s iPhone";
    static final double WATCH_STEPS = 600;
    static final double PHONE_STEPS = 900;

    private static final String WATCH_SOURCE = "{\"name\": \"" + WATCH + "\", \"bundleId\": \"com.apple.health.W\"}";
    private static final String WATCH_DEVICE = "{\"name\": \"Apple Watch\", \"manufacturer\": \"Apple Inc.\", "
            + "\"model\": \"Watch\"}";
    private static final String PHONE_SOURCE = "{\"name\": \"" + PHONE + "\", \"bundleId\": \"com.apple.health.P\"}";
    private static final String PHONE_DEVICE = "{\"name\": \"iPhone\", \"manufacturer\": \"Apple Inc.\", "
            + "\"model\": \"iPhone\"}";

    private DashboardFixture() {
    }

    static String batch() {
        List<String> samples = new ArrayList<>();
        LocalDate day = LocalDate.parse(DAY);
        for (int back = 6; back >= 1; back--) {
            String date = day.minusDays(back).toString();
            samples.add(sample(STEPS, 3000 + back * 450, "count", date + "T12:00:00+02:00", date + "T12:50:00+02:00",
                    WATCH_SOURCE, WATCH_DEVICE));
        }
        samples.add(sample(STEPS, WATCH_STEPS, "count", DAY + "T08:00:00+02:00", DAY + "T08:10:00+02:00",
                WATCH_SOURCE, WATCH_DEVICE));
        samples.add(sample(STEPS, PHONE_STEPS, "count", DAY + "T08:00:00+02:00", DAY + "T08:10:00+02:00",
                PHONE_SOURCE, PHONE_DEVICE));
        String[][] night = {
                {"AsleepCore", "2024-05-01T23:10:00+02:00", "2024-05-02T00:40:00+02:00"},
                {"AsleepDeep", "2024-05-02T00:40:00+02:00", "2024-05-02T01:35:00+02:00"},
                {"AsleepCore", "2024-05-02T01:35:00+02:00", "2024-05-02T02:50:00+02:00"},
                {"AsleepREM", "2024-05-02T02:50:00+02:00", "2024-05-02T03:30:00+02:00"},
                {"Awake", "2024-05-02T03:30:00+02:00", "2024-05-02T03:42:00+02:00"},
                {"AsleepCore", "2024-05-02T03:42:00+02:00", "2024-05-02T05:20:00+02:00"},
                {"AsleepREM", "2024-05-02T05:20:00+02:00", "2024-05-02T06:05:00+02:00"},
                {"AsleepCore", "2024-05-02T06:05:00+02:00", "2024-05-02T06:45:00+02:00"},
        };
        for (String[] stage : night) {
            samples.add("{\"uuid\": \"" + UUID.randomUUID() + "\", "
                    + "\"type\": \"HKCategoryTypeIdentifierSleepAnalysis\", "
                    + "\"value\": \"HKCategoryValueSleepAnalysis" + stage[0] + "\", \"startDate\": \"" + stage[1]
                    + "\", \"endDate\": \"" + stage[2] + "\", \"source\": " + WATCH_SOURCE + ", \"device\": "
                    + WATCH_DEVICE + "}");
        }
        for (int minute = 0; minute < 32; minute += 2) {
            String at = String.format("%sT07:%02d:30+02:00", DAY, 12 + minute);
            samples.add(sample("HKQuantityTypeIdentifierHeartRate", 110 + minute * 1.8 + (minute % 6), "count/min", at,
                    at, WATCH_SOURCE, WATCH_DEVICE));
        }
        return "{\"batchId\": \"" + UUID.randomUUID() + "\", \"deviceId\": \"" + UUID.randomUUID() + "\", "
                + "\"device\": {\"name\": \"Ana’s iPhone\", \"model\": \"iPhone15,2\", \"systemVersion\": \"17.4.1\", "
                + "\"appVersion\": \"1.0.0\"}, \"samples\": [" + String.join(",", samples) + "]}";
    }

    /**
     * An answer of GET /api/v1/connect's contract; Health Auto Export's QR code carries a handler the page must
     * refuse.
     */
    static String connect(String serverUrl) {
        String qr = "<svg xmlns=\\\"http://www.w3.org/2000/svg\\\" viewBox=\\\"0 0 21 21\\\"%s>"
                + "<path d=\\\"M0 0h7v7H0zM14 0h7v7h-7zM0 14h7v7H0zM9 9h3v3H9z\\\"/></svg>";
        return "{\"serverUrl\": \"" + serverUrl + "\", \"apps\": ["
                + app("healthsync-bridge", "HealthSync Bridge", serverUrl + "/api/apple-health/sync",
                        "Authorization", "Bearer <API key>", qr.formatted(""))
                + ", " + app("health-export-pro", "Health Export Pro", serverUrl + "/api/health-data", "X-API-Key",
                        "<API key>", qr.formatted(""))
                + ", " + app("health-auto-export", "Health Auto Export", serverUrl + "/api/health-auto-export",
                        "api-key", "<API key>", qr.formatted(" onload=\\\"alert(1)\\\"")) + "]}";
    }

    private static String app(String id, String name, String url, String header, String value, String qr) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"method\": \"POST\", \"url\": \"" + url
                + "\", \"headers\": [{\"name\": \"" + header + "\", \"value\": \"" + value + "\"}], "
                + "\"settings\": [{\"label\": \"Format\", \"value\": \"JSON\"}], \"qrSvg\": \"" + qr + "\"}";
    }

    /** An answer of GET /api/v1/bridge-installations' contract. */
    static String bridges() {
        return "{\"items\": [{\"deviceId\": \"3D6F2A41-8C0E-4E7B-9B51-0A7C55E1D9C2\", \"name\": \"Ana’s iPhone\", "
                + "\"model\": \"iPhone15,2\", \"systemVersion\": \"17.4.1\", \"appVersion\": \"1.0.0\", "
                + "\"lastSyncAt\": \"2024-05-02T07:00:00Z\", \"batches\": 3}]}";
    }

    private static String sample(String type, double value, String unit, String start, String end, String source,
                                 String device) {
        return "{\"uuid\": \"" + UUID.randomUUID() + "\", \"type\": \"" + type + "\", \"value\": " + value
                + ", \"unit\": \"" + unit + "\", \"startDate\": \"" + start + "\", \"endDate\": \"" + end
                + "\", \"source\": " + source + ", \"device\": " + device + "}";
    }
}
