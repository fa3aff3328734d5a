package dev.healthsync.query.export;

import dev.healthsync.storage.SampleQueries;
import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/export}: every matching sample as one downloadable file. Rows go from the database cursor
 * through a small buffer to the response as they are read, so memory stays flat however long the history; the
 * request thread writes them itself rather than an async task, which a container timeout would cut off mid-file.
 */
@RestController
@Tag(name = "read")
class ExportController {

    private final SampleQueries samples;
    private final JsonMapper json;

    ExportController(SampleQueries samples, JsonMapper json) {
        this.samples = samples;
        this.json = json;
    }

    @Operation(summary = "Every matching sample as a CSV or NDJSON file",
            description = "Streamed (chunked) from a database cursor, so any range costs constant memory; served "
                    + "as an attachment named healthsync-<type or all>-<from>-<to>.<csv|ndjson>. Without a type, "
                    + "samples are grouped by type and in start order within a type. CSV columns: type, start, end "
                    + "(ISO 8601 with the written offset), value, unit (canonical), original_value, original_unit, "
                    + "text_value (category value name), source, device, uuid, metadata (JSON). "
                    + "See docs/api.md#export.")
    @ApiResponse(responseCode = "200", description = "The file, streamed as an attachment.")
    @ApiResponse(responseCode = "400", description = "`format` neither csv nor ndjson, an unknown `type`, or "
            + "`from`/`to` not ISO 8601 or `to` not after `from`; refused before any byte is sent.")
    @GetMapping("/api/v1/export")
    void export(@AuthenticationPrincipal Caller caller, @ParameterObject ExportQuery query,
                HttpServletResponse response) throws IOException {
        ExportRequest request = ExportRequest.of(caller.userId(), query);
        response.setContentType(request.format().mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(request.filename()).build().toString());
        try (SampleFileWriter writer = request.format().writer(response.getOutputStream(), json)) {
            samples.each(request.filter(), writer::write);
        }
    }
}
