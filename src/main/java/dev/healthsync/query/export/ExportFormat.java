package dev.healthsync.query.export;

import dev.healthsync.system.InvalidParameterException;
import java.io.OutputStream;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/** The two file formats of an export, with their media type and file extension. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    NDJSON("application/x-ndjson", "ndjson");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ExportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return CSV;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "ndjson" -> NDJSON;
            default -> throw new InvalidParameterException("format", "format must be csv or ndjson");
        };
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    SampleFileWriter writer(OutputStream out, JsonMapper json) {
        return this == CSV ? new CsvSampleWriter(out) : new NdjsonSampleWriter(out, json);
    }
}
