package dev.healthsync.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.healthsync.storage.SampleFilter;
import dev.healthsync.storage.SampleQueries;
import dev.healthsync.storage.StoredSample;
import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/samples?type&from&to&source&device&cursor&limit}: raw records in start-time order with cursor pagination, as one JSON page or, with
 * {@code Accept: application/x-ndjson}, one sample per line (the next cursor in the {@code Next-Cursor} header).
 */
@RestController
@Tag(name = "read")
class SamplesController {

    static final String NDJSON = "application/x-ndjson";
    private static final int DEFAULT_LIMIT = 1000;
    private static final int MAX_LIMIT = 10_000;

    private final SampleQueries samples;
    private final JsonMapper json;

    SamplesController(SampleQueries samples, JsonMapper json) {
        this.samples = samples;
        this.json = json;
    }

    @Operation(operationId = "listSamples", summary = "Raw samples, cursor-paginated",
            description = "The caller's samples in start-time order, to the second (samples that start in the same "
                    + "second come in a fixed order of their identity). One JSON page by default; with "
                    + "`Accept: application/x-ndjson` the same page as one sample per line. While a page is full "
                    + "(`limit` items) the next cursor is given, in the body's `next_cursor` (JSON) or the "
                    + "`Next-Cursor` header (NDJSON); pass it back as `cursor` with the same filters. When the last "
                    + "page happens to be exactly full, one more request returns an empty page with "
                    + "`next_cursor: null`. Cursors are opaque.")
    @ApiResponse(responseCode = "200", description = "One page.",
            headers = @Header(name = "Next-Cursor", description = "NDJSON only, and only when the page is full: the "
                    + "cursor of the next page.", schema = @Schema(type = "string")),
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = SamplePage.class)),
                    @Content(mediaType = NDJSON, schema = @Schema(type = "string",
                            description = "One `Sample` JSON object per line, each line ending with `\\n`."))})
    @ApiResponse(responseCode = "400", description = "`limit` outside 1-10000 or not a number, `from`/`to` neither a "
            + "date-time with offset nor a date, or a cursor this server did not issue. The problem's `parameter` "
            + "names the parameter.")
    @ApiResponse(responseCode = "406", description = "`Accept` allows neither application/json nor "
            + "application/x-ndjson.")
    @GetMapping(path = "/api/v1/samples", produces = "application/json")
    SamplePage page(@AuthenticationPrincipal Caller caller,
                    @Parameter(description = "Only this type identifier, e.g. `HKQuantityTypeIdentifierHeartRate`.")
                    @RequestParam(required = false) String type,
                    @Parameter(description = "Samples starting at or after this instant: an ISO-8601 date-time with "
                            + "offset (`2025-03-04T00:00:00+01:00`) or a date (`2025-03-04`, midnight UTC).")
                    @RequestParam(required = false) String from,
                    @Parameter(description = "Samples starting before this instant (exclusive); the same forms as "
                            + "`from`.") @RequestParam(required = false) String to,
                    @Parameter(description = "Only samples from the source with exactly this name, e.g. "
                            + "`Ana’s Apple Watch`.") @RequestParam(required = false) String source,
                    @Parameter(description = "Only samples recorded by the device with exactly this name, e.g. "
                            + "`Apple Watch`.") @RequestParam(required = false) String device,
                    @Parameter(description = "The `next_cursor` (or `Next-Cursor`) of the previous page.")
                    @RequestParam(required = false) String cursor,
                    @Parameter(description = "Page size in samples, 1 to 10000.",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "10000",
                                    defaultValue = "1000"))
                    @RequestParam(required = false) Integer limit) {
        int pageSize = PageLimits.of(limit, DEFAULT_LIMIT, MAX_LIMIT);
        List<StoredSample> page = new ArrayList<>();
        samples.page(filter(caller, type, from, to, source, device, cursor), pageSize, page::add);
        return new SamplePage(page.stream().map(s -> SampleView.of(s, json)).toList(),
                page.size() < pageSize ? null : SampleCursor.after(page.get(page.size() - 1)).encode());
    }

    /** The NDJSON form of {@link #page}, documented there as its second media type. */
    @Operation(hidden = true)
    @GetMapping(path = "/api/v1/samples", produces = NDJSON)
    void stream(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String type,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String source, @RequestParam(required = false) String device,
                @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                HttpServletResponse response) throws IOException {
        int pageSize = PageLimits.of(limit, DEFAULT_LIMIT, MAX_LIMIT);
        SampleFilter filter = filter(caller, type, from, to, source, device, cursor);
        List<StoredSample> page = new ArrayList<>();
        samples.page(filter, pageSize, page::add);
        if (page.size() == pageSize) {
            response.setHeader("Next-Cursor", SampleCursor.after(page.get(page.size() - 1)).encode());
        }
        response.setContentType(NDJSON);
        OutputStream out = response.getOutputStream();
        for (StoredSample sample : page) {
            try {
                out.write(json.writeValueAsBytes(SampleView.of(sample, json)));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static SampleFilter filter(Caller caller, String type, String from, String to, String source,
                                       String device, String cursor) {
        SampleCursor after = cursor == null || cursor.isBlank() ? null : SampleCursor.parse(cursor);
        return new SampleFilter(caller.userId(), blankToNull(type), TimeParameters.epochMillis("from", from),
                TimeParameters.epochMillis("to", to), blankToNull(source), blankToNull(device),
                after == null ? null : after.afterKey());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Schema(description = "One page of samples.")
    record SamplePage(
            @ArraySchema(arraySchema = @Schema(description = "The samples, in start-time order."),
                    schema = @Schema(ref = "#/components/schemas/Sample")) List<Map<String, Object>> items,
            @JsonProperty("next_cursor") @Schema(description = "The cursor of the next page; null when this page is "
                    + "not full.") String nextCursor) {
    }
}
