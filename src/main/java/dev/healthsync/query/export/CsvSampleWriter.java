package dev.healthsync.query.export;

import dev.healthsync.health.CreationDates;
import dev.healthsync.health.Decimals;
import dev.healthsync.health.Moment;
import dev.healthsync.query.SampleView;
import dev.healthsync.storage.StoredSample;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per sample under a header row, quoted as RFC 4180 says (CRLF line ends; a field with a comma, quote or
 * line break in double quotes, its quotes doubled), so spreadsheets and every CSV library read it back. Values
 * are written plainly ({@code 72}, {@code 0.97}, never {@code 7.2E1}); times ISO 8601 with the offset they were
 * written with; the metadata as JSON.
 */
final class CsvSampleWriter implements SampleFileWriter {

    static final String[] COLUMNS = {"type", "start", "end", "value", "unit", "original_value", "original_unit",
            "text_value", "source", "device", "uuid", "metadata"};
    /** Enough for a few hundred rows per write to the response, which the servlet container sends as one chunk. */
    static final int BUFFER_BYTES = 64 * 1024;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get();

    private final CSVPrinter printer;

    CsvSampleWriter(OutputStream out) {
        try {
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    BUFFER_BYTES), FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(StoredSample s) {
        try {
            printer.printRecord(s.type(), time(s.start()), time(s.end()), number(s.value()), s.unit(),
                    number(s.originalValue()), s.originalUnit(), s.textValue(),
                    s.source() == null ? null : s.source().name(), s.device() == null ? null : s.device().name(),
                    s.uuid(), CreationDates.join(s.created(), s.metadataJson()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String time(Moment moment) {
        return SampleView.ISO.format(moment.toOffsetDateTime());
    }

    static String number(Double value) {
        return value == null ? null : BigDecimal.valueOf(Decimals.clean(value.doubleValue())).stripTrailingZeros()
                .toPlainString();
    }
}
