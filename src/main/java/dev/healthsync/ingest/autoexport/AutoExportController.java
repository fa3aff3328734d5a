package dev.healthsync.ingest.autoexport;

import dev.healthsync.ingest.IngestProperties;
import dev.healthsync.ingest.PushBodies;
import dev.healthsync.ingest.PushEndpoint;
import dev.healthsync.ingest.PushIngest;
import dev.healthsync.ingest.RequestEncoding;
import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health Auto Export's REST automation. Users add {@code ?aggregation=days|hours|none} and {@code ?tz=Zone} to
 * the URL they configure in the app when detection or their account's zone should not decide. Both are read from
 * the query string by hand ({@link PushBodies#queryOptions}), so the document names them here.
 */
@RestController
@Tag(name = "ingest")
class AutoExportController {

    private final PushIngest ingest;
    private final IngestProperties properties;

    AutoExportController(PushIngest ingest, IngestProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    @Operation(operationId = "healthAutoExportPush",
            summary = "Push one Health Auto Export REST automation export (JSON, or CSV files as multipart)",
            description = """
                    The URL of a Health Auto Export REST API automation, e.g. \
                    `https://health.example.com/api/health-auto-export?aggregation=days&tz=Europe/London`, with \
                    `Authorization: Bearer hs_…` or `X-API-Key: hs_…`. A `multipart/form-data` body (the app's CSV \
                    format) is read as CSV files, one per file part; any other `Content-Type` is read as JSON. \
                    `Content-Encoding: gzip` and the body limit work as for the bridge.

                    **Records.** Metric points become samples, or hour/day *buckets* when aggregated (see \
                    `aggregation`). Workouts become workouts with statistics and route; their per-minute series \
                    become samples. `stateOfMind`, `medications`, `ecg` and `heartRateNotifications` entries are \
                    stored whole as documents; `symptoms` and `cycleTracking` become category samples where HealthKit \
                    has the category, else documents. Metric names map to HealthKit identifiers (`step_count` → \
                    `HKQuantityTypeIdentifierStepCount`); an unknown name or section is counted in `ignored`. Units \
                    are converted to each type's canonical unit; values in `%` are divided by 100.

                    **Buckets** are not samples: one per type, bucket size, start and source, and a re-sent bucket \
                    *replaces* the earlier value. Samples, workouts and documents are never replaced: a re-sent one is \
                    a duplicate.

                    **Errors.** A broken point, workout, entry or CSV cell is listed in `rejected` by path \
                    (`metrics[3].data[7].date`; CSV: `HealthMetrics.csv[2]["Step Count (count)"]`, data row from 0) \
                    and the rest is stored.""",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/HaePush")),
                    @Content(mediaType = "multipart/form-data",
                            schema = @Schema(ref = "#/components/schemas/HaeCsvUpload"),
                            encoding = @Encoding(name = "file", contentType = "text/csv"))}))
    @Parameter(in = ParameterIn.QUERY, name = "aggregation", description = """
            How the automation grouped its data. `none` (the app's Default interval, also `raw`, `default`, \
            `minutes`, `seconds`): every point is a sample. `hours` / `days` (also `hour`, `hourly`, `day`, \
            `daily`): every dated point is a bucket of that size. Any letter case. Absent: detected per metric series \
            (all points at local midnight: days; all on the hour: hours; else samples). Weeks, months or years: 400. \
            Sleep summaries are always day buckets.""",
            schema = @Schema(allowableValues = {"none", "hours", "days"}), example = "days")
    @Parameter(in = ParameterIn.QUERY, name = "tz", description = """
            IANA time zone of the phone. Times written without an offset (every CSV time, date-only values) are read \
            in it, epoch times get its offset, and a day bucket ends at the next local midnight in it (23 or 25 hours \
            on DST days). Absent: the user's `timeZone` setting, else `HEALTHSYNC_TIME_ZONE`, else UTC.""",
            schema = @Schema(type = "string"), example = "Europe/London")
    @ApiResponse(responseCode = "200", description = "The body was applied. Like Health Export Pro's answer, plus "
            + "`aggregates` (buckets written) and `sections` (records and rejections per section, or per CSV file).",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(ref = "#/components/schemas/HaeReceipt")))
    @ApiResponse(responseCode = "400", description = "Not JSON, not an object at the top, a section that is not an "
            + "array, invalid multipart, corrupt gzip data (`/problems/malformed-body`), or a bad `aggregation` or "
            + "`tz` (`/problems/bad-request`). Nothing stored but the archive entry.")
    @PushEndpoint
    @PostMapping("/api/health-auto-export")
    ResponseEntity<String> push(@AuthenticationPrincipal Caller caller, HttpServletRequest request)
            throws IOException {
        PushBodies.refuseDeclaredOversize(request, properties);
        Map<String, String> options = PushBodies.queryOptions(request, "aggregation", "tz");
        return PushBodies.json(ingest.receive(AutoExportChannel.NAME, caller.userId(), request.getInputStream(),
                RequestEncoding.isGzip(request), request.getContentType(), options));
    }
}
