package dev.healthsync.imports;

import dev.healthsync.storage.ImportJobRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
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
        body.put("skipped", tally.skipped());
        body.put("warnings", json.readValue(job.warningsJson(), new TypeReference<List<String>>() { }));
        body.put("error", job.error());
        body.put("created_at", time(job.createdAt()));
        body.put("started_at", job.startedAt() == null ? null : time(job.startedAt()));
        body.put("finished_at", job.finishedAt() == null ? null : time(job.finishedAt()));
        return body;
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
