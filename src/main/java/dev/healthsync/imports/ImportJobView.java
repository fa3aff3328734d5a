package dev.healthsync.imports;

import dev.healthsync.pipeline.SkipGroup;
import dev.healthsync.storage.ImportJobRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shape of an import job (docs/contracts.md#imports). */
final class ImportJobView {

    private ImportJobView() {
    }

    static Map<String, Object> of(ImportJobRecord job, JsonMapper json) {
        ImportTally tally = ImportTally.fromJson(json, job.countsJson());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job_id", job.id());
        body.put("status", job.status());
        body.put("file_name", job.fileName());
        body.put("bytes_total", job.bytesTotal());
        body.put("bytes_read", job.bytesRead());
        body.put("records_read", job.recordsDone());
        body.put("inserted", tally.inserted());
        body.put("duplicates", tally.duplicates());
        body.put("skipped", tally.skippedByElement());
        body.put("skips", tally.skips().stream().map(ImportJobView::group).toList());
        body.put("warnings", tally.warnings().stream().map(ImportJobView::group).toList());
        body.put("elements", tally.elements());
        body.put("error", job.error());
        body.put("created_at", time(job.createdAt()));
        body.put("started_at", job.startedAt() == null ? null : time(job.startedAt()));
        body.put("finished_at", job.finishedAt() == null ? null : time(job.finishedAt()));
        return body;
    }

    /** A skip or warning: what, why, how many, and where the first was; absent parts left out. */
    static Map<String, Object> group(SkipGroup group) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("element", group.element());
        if (group.type() != null) {
            view.put("type", group.type());
        }
        view.put("reason", group.reason());
        view.put("count", group.count());
        if (group.file() != null) {
            view.put("file", group.file());
        }
        if (group.line() > 0) {
            view.put("line", group.line());
            view.put("column", group.column());
        }
        return view;
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
