package dev.healthsync.query;

import dev.healthsync.storage.SampleFilter;
import dev.healthsync.storage.SampleQueries;
import dev.healthsync.storage.StoredSample;
import dev.healthsync.system.InvalidParameterException;
import dev.healthsync.system.Caller;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    @GetMapping(path = "/api/v1/samples", produces = "application/json")
    Map<String, Object> page(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String type,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String source,
                             @RequestParam(required = false) String device,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) Integer limit) {
        int pageSize = limit(limit);
        List<StoredSample> page = new ArrayList<>();
        samples.page(filter(caller, type, from, to, source, device, cursor), pageSize, page::add);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.stream().map(s -> SampleView.of(s, json)).toList());
        body.put("next_cursor", page.size() < pageSize ? null : SampleCursor.after(page.get(page.size() - 1)).encode());
        return body;
    }

    @GetMapping(path = "/api/v1/samples", produces = NDJSON)
    void stream(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String type,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String source, @RequestParam(required = false) String device,
                @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
                HttpServletResponse response) throws IOException {
        int pageSize = limit(limit);
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

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
