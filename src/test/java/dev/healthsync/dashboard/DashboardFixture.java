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

    private static String sample(String type, double value, String unit, String start, String end, String source,
                                 String device) {
        return "{\"uuid\": \"" + UUID.randomUUID() + "\", \"type\": \"" + type + "\", \"value\": " + value
                + ", \"unit\": \"" + unit + "\", \"startDate\": \"" + start + "\", \"endDate\": \"" + end
                + "\", \"source\": " + source + ", \"device\": " + device + "}";
    }
}
