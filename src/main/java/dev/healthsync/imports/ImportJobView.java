package dev.healthsync.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.healthsync.pipeline.SkipGroup;
import dev.healthsync.storage.ImportJobRecord;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shape of an import job (docs/contracts.md#imports). */
@Schema(name = "ImportJob", description = "An import job: its state, its progress and what it stored, skipped and "
        + "warned of.")
record ImportJobView(
        @JsonProperty("job_id") @Schema(description = "A UUID.") String jobId,
        @Schema(description = "`queued`: waiting for a worker. `running`: being imported; after a restart it resumes "
                + "from its last checkpoint. `done`: finished (what could not be read is in `skips` and `warnings`). "
                + "`failed`: see `error`. `cancelled`: by `DELETE`. Records of committed chunks stay stored in "
                + "`failed` and `cancelled` jobs.", allowableValues = {"queued", "running", "done", "failed",
                "cancelled"}) String status,
        @JsonProperty("file_name") @Schema(description = "The uploaded file's name as stored (reduced to safe "
                + "characters).") String fileName,
        @JsonProperty("bytes_total") @Schema(description = "Bytes of the uploaded file; for a `.zip`, once the reader "
                + "has found the export XML inside it, the uncompressed size of that XML instead.") Long bytesTotal,
        @JsonProperty("bytes_read") @Schema(description = "How far the reader has got, in the bytes `bytes_total` "
                + "counts: `bytes_read / bytes_total` is the progress.") long bytesRead,
        @JsonProperty("records_read") @Schema(description = "Records read from the export and committed so far: "
                + "samples, workouts, activity summaries, documents and unreadable records (route points, metadata "
                + "and statistics belong to their record).") long recordsRead,
        @Schema(description = "New records stored, by kind: `records` (samples), `workouts`, `routePoints`, "
                + "`activitySummaries` (days written, new or changed), `documents`, `correlations`, "
                + "`unattachedRoutes`; a type outside the catalog under its own name. A kind with none is left out.")
        Map<String, Long> inserted,
        @Schema(description = "Records already stored, by the same kinds, left unchanged. A re-import puts "
                + "everything here.") Map<String, Long> duplicates,
        @Schema(description = "How many elements were passed over, by element (`{\"ZipEntry\": 2}`); `skips` says "
                + "why.") Map<String, Long> skipped,
        @Schema(description = "What was passed over, grouped by element, type and reason.") List<Group> skips,
        @Schema(description = "What was stored but not quite as the export has it, or could not be found, grouped "
                + "like `skips`.") List<Group> warnings,
        @Schema(description = "Per element of the export (`Record`, `Workout`, `ActivitySummary`, `Me`, …, "
                + "`ZipEntry` for files of the zip): `stored + duplicate + skipped` is how many the file holds.")
        Map<String, ImportTally.Ledger> elements,
        @Schema(description = "Why a `failed` job failed; null otherwise.") String error,
        @JsonProperty("created_at") @Schema(description = "ISO-8601 in UTC.", format = "date-time") String createdAt,
        @JsonProperty("started_at") @Schema(description = "ISO-8601 in UTC; null until a worker starts the job.",
                format = "date-time") String startedAt,
        @JsonProperty("finished_at") @Schema(description = "ISO-8601 in UTC; null until the job ends.",
                format = "date-time") String finishedAt) {

    static ImportJobView of(ImportJobRecord job, JsonMapper json) {
        ImportTally tally = ImportTally.fromJson(json, job.countsJson());
        return new ImportJobView(job.id(), job.status(), job.fileName(), job.bytesTotal(), job.bytesRead(),
                job.recordsDone(), tally.inserted(), tally.duplicates(), tally.skippedByElement(),
                tally.skips().stream().map(Group::of).toList(), tally.warnings().stream().map(Group::of).toList(),
                tally.elements(), job.error(), time(job.createdAt()), time(job.startedAt()), time(job.finishedAt()));
    }

    private static String time(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    /** A skip or warning: what, why, how many, and where the first was; absent parts left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportGroup", description = "Elements passed over or warned of for one reason.")
    record Group(
            @Schema(description = "The export element, e.g. `Record`, `Workout`, `ZipEntry`, `trkpt`.") String element,
            @Schema(description = "The element's type, when it has one, e.g. `HKQuantityTypeIdentifierHeartRate`.")
            String type,
            @Schema(description = "Why, e.g. `value missing`, `unit unknown: xyz`.") String reason,
            @Schema(description = "How many elements.") long count,
            @Schema(description = "Where the first one is: a file inside the zip, or a route or ECG file.")
            String file,
            @Schema(description = "Line of the first one in its file, from 1.") Integer line,
            @Schema(description = "Column of the first one in its line, from 1.") Integer column) {

        static Group of(SkipGroup group) {
            boolean located = group.line() > 0;
            return new Group(group.element(), group.type(), group.reason(), group.count(), group.file(),
                    located ? group.line() : null, located ? group.column() : null);
        }
    }
}
