package dev.healthsync.imports.reader;

import dev.healthsync.health.ExportDates;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The header rows of an ECG CSV: splitting a row, and what each row means. Apple localizes the labels. The
 * English ones are Apple's; the translations are best knowledge, not checked against real files, which is why a
 * row's shape and position back them up (the row order is the same in every language). Lookups ignore case and
 * a trailing colon.
 */
final class EcgLabels {

    /** Payload keys, in Apple's row order. */
    static final List<String> KEYS = List.of("name", "dateOfBirth", "recordedDate", "classification", "symptoms",
            "softwareVersion", "device", "sampleRate", "lead", "unit");

    private static final Pattern HERTZ =
            Pattern.compile("(?iu)^\\s*\\d+(?:[.,]\\d+)?\\s*(hz|hertz|赫兹|赫茲|ヘルツ|герц|гц)\\s*$");
    private static final Map<String, String> LABELS = labels();

    private EcgLabels() {
    }

    /** A row as {label, value}: split at the first comma, semicolon or tab outside quotes, quotes removed. */
    static String[] row(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
                return new String[] {unquote(line.substring(0, i)), unquote(line.substring(i + 1))};
            }
        }
        return new String[] {unquote(line), ""};
    }

    /**
     * Gives each header row its key: by label, else by shape (a date for the recorded date, a number of hertz for
     * the sample rate), else by position. Rows left over go to {@code other} under their own label.
     */
    static void assign(List<String[]> rows, Map<String, String> named, Map<String, String> other) {
        String[] keys = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String key = LABELS.get(normalize(rows.get(i)[0]));
            if (key != null && !named.containsKey(key)) {
                keys[i] = key;
                named.put(key, rows.get(i)[1]);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String value = rows.get(i)[1];
            if (keys[i] == null && !named.containsKey("recordedDate") && ExportDates.parse(value.strip()) != null) {
                keys[i] = "recordedDate";
            } else if (keys[i] == null && !named.containsKey("sampleRate") && HERTZ.matcher(value).matches()) {
                keys[i] = "sampleRate";
            } else if (keys[i] == null && i < KEYS.size() && !named.containsKey(KEYS.get(i))) {
                keys[i] = KEYS.get(i);
            }
            if (keys[i] == null) {
                other.put(rows.get(i)[0], value);
            } else {
                named.putIfAbsent(keys[i], value);
            }
        }
        named.replaceAll((key, value) -> value.strip());
    }

    private static String unquote(String text) {
        String value = text.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\"\"", "\"");
        }
        return value;
    }

    private static String normalize(String label) {
        String value = label.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return value.endsWith(":") ? value.substring(0, value.length() - 1).strip() : value;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        put(labels, "name", "name", "nom", "naam", "nombre", "nome", "姓名", "名称");
        put(labels, "dateOfBirth", "date of birth", "geburtsdatum", "date de naissance", "geboortedatum",
                "fecha de nacimiento", "data di nascita", "出生日期");
        put(labels, "recordedDate", "recorded date", "aufnahmedatum", "aufgezeichnet am", "date d'enregistrement",
                "opnamedatum", "datum van opname", "fecha de registro", "fecha de grabación", "data di registrazione",
                "记录日期");
        put(labels, "classification", "classification", "klassifizierung", "klassifikation", "classificatie",
                "clasificación", "classificazione", "分类");
        put(labels, "symptoms", "symptoms", "symptome", "symptômes", "symptomen", "síntomas", "sintomi", "症状");
        put(labels, "softwareVersion", "software version", "softwareversion", "version du logiciel",
                "version logicielle", "softwareversie", "versión de software", "versión del software",
                "versione software", "软件版本");
        put(labels, "device", "device", "gerät", "appareil", "apparaat", "dispositivo", "设备");
        put(labels, "sampleRate", "sample rate", "abtastrate", "messrate", "fréquence d'échantillonnage",
                "samplefrequentie", "frecuencia de muestreo", "frequenza di campionamento", "采样率");
        put(labels, "lead", "lead", "ableitung", "dérivation", "afleiding", "derivación", "derivazione", "导联");
        put(labels, "unit", "unit", "einheit", "unité", "eenheid", "unidad", "unità", "单位");
        return Map.copyOf(labels);
    }

    private static void put(Map<String, String> labels, String key, String... words) {
        for (String word : words) {
            labels.put(word, key);
        }
    }
}
