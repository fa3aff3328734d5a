package dev.healthsync.imports.reader;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.health.ExportDates;
import dev.healthsync.health.Moment;
import dev.healthsync.pipeline.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an ECG recording from {@code electrocardiograms/*.csv} into an {@link DocumentKind#ECG} document.
 * <p>
 * Apple writes ten header rows ({@code label,value}: Name, Date of Birth, Recorded Date, Classification, Symptoms,
 * Software Version, Device, Sample Rate, Lead, Unit) in the phone's language, a blank line, then one voltage per
 * line. Labels are matched against the English ones and the translations in {@link EcgLabels}; a row whose label
 * is not known takes the meaning of its position, which Apple keeps the same in every language, and the recorded
 * date and the sample rate are also recognised by their shape. Voltages may use a decimal comma, be quoted, or
 * end with a {@code ;} separator. A file without header rows (some tools strip them) is still an ECG: a warning is
 * given and 512 Hz, the Apple Watch's rate, is assumed only when the sample count fits its 30 s recording.
 * <p>
 * Payload: the header values under fixed English keys (labels not understood under {@code otherHeaders}), then
 * {@code file}, {@code headerPresent}, {@code sampleRateHz}, {@code sampleRateAssumed}, {@code sampleCount} and
 * {@code voltages} (numbers, in the file's unit). Stateless; thread-safe.
 */
final class EcgCsvReader {

    /** A 30 s recording is about 120 KB; anything far larger is not an ECG of the Health app. */
    static final int MAX_BYTES = 16 << 20;
    static final double APPLE_WATCH_HZ = 512;
    static final int APPLE_WATCH_SECONDS = 30;

    private static final Pattern RATE = Pattern.compile("^\\s*(\\d+(?:[.,]\\d+)?)\\s*(\\S.*)?$");

    private EcgCsvReader() {
    }

    /** The ECG document of one file, or null when it holds no voltages at all. */
    static RawDocument read(InputStream in, String file, ReadStats stats) throws IOException {
        stats.readingFile(file, null);
        try {
            return read(in.readNBytes(MAX_BYTES + 1), file, stats);
        } finally {
            stats.doneWithFile();
        }
    }

    private static RawDocument read(byte[] bytes, String file, ReadStats stats) {
        if (bytes.length > MAX_BYTES) {
            stats.skipped("EcgCsv", "larger than " + (MAX_BYTES >> 20) + " MB, not an ECG recording");
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> headers = new ArrayList<>();
        double[] voltages = new double[16_384];
        int count = 0;
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.isBlank()) {
                continue;
            }
            double voltage = voltage(line);
            if (Double.isNaN(voltage)) {
                if (count == 0) {
                    headers.add(EcgLabels.row(line));
                } else {
                    stats.skipped("EcgCsv line", "not a voltage");
                }
                continue;
            }
            if (count == voltages.length) {
                voltages = Arrays.copyOf(voltages, count * 2);
            }
            voltages[count++] = voltage;
        }
        stats.read("EcgCsv");
        if (count == 0) {
            stats.skipped("EcgCsv", "no voltages");
            return null;
        }
        Map<String, String> named = new TreeMap<>();
        Map<String, String> other = new TreeMap<>();
        EcgLabels.assign(headers, named, other);
        return document(file, named, other, Arrays.copyOf(voltages, count), !headers.isEmpty(), stats);
    }

    private static RawDocument document(String file, Map<String, String> named, Map<String, String> other,
                                        double[] voltages, boolean headerPresent, ReadStats stats) {
        double hz = rate(named.get("sampleRate"));
        boolean assumed = false;
        if (Double.isNaN(hz)) {
            boolean fits = Math.abs(voltages.length - APPLE_WATCH_HZ * APPLE_WATCH_SECONDS) <= APPLE_WATCH_HZ;
            assumed = fits;
            hz = fits ? APPLE_WATCH_HZ : Double.NaN;
            stats.warning("EcgCsv", (headerPresent ? "no readable sample rate" : "no header rows") + "; "
                    + (fits ? "512 Hz assumed from its " + voltages.length + " samples (30 s)"
                    : "sample rate unknown for its " + voltages.length + " samples"));
        }
        Moment start = ExportDates.parse(named.get("recordedDate"));
        Moment end = start == null || Double.isNaN(hz) ? null
                : new Moment(start.epochMillis() + Math.round(voltages.length * 1000.0 / hz), start.offsetSeconds());
        JsonText json = new JsonText().beginObject();
        for (String key : EcgLabels.KEYS) {
            if (named.containsKey(key)) {
                json.field(key, named.get(key));
            }
        }
        if (!other.isEmpty()) {
            json.name("otherHeaders").beginObject();
            other.forEach(json::field);
            json.endObject();
        }
        json.field("file", file).name("headerPresent").value(headerPresent);
        json.name("sampleRateHz");
        if (Double.isNaN(hz)) {
            json.value((String) null);
        } else {
            json.value(hz);
        }
        json.name("sampleRateAssumed").value(assumed).name("sampleCount").value(voltages.length);
        json.name("voltages").beginArray();
        for (double voltage : voltages) {
            json.value(voltage);
        }
        json.endArray().endObject();
        return new RawDocument(file, DocumentKind.ECG, null, start, end, null, json.toString());
    }

    /** The voltage a line holds, or NaN when it is a header row or anything else. */
    static double voltage(String line) {
        String value = line.strip();
        while (value.endsWith(";") || value.endsWith("\t")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return Numbers.parseLocalized(value);
    }

    /** Hertz from {@code 512 hertz}, {@code 512 Hz}, {@code 512,0 Hz}; NaN when not a rate. */
    static double rate(String text) {
        if (text == null) {
            return Double.NaN;
        }
        Matcher matcher = RATE.matcher(text);
        if (!matcher.matches()) {
            return Double.NaN;
        }
        double hz = Numbers.parseLocalized(matcher.group(1));
        return hz > 0 ? hz : Double.NaN;
    }
}
