package dev.healthsync.imports;

import dev.healthsync.system.Caller;
import dev.healthsync.system.ForbiddenException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Import jobs: progress, list, cancel. */
@RestController
class ImportController {

    private final ImportJobs jobs;
    private final JsonMapper json;

    ImportController(ImportJobs jobs, JsonMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    @GetMapping("/api/v1/users/{userId}/import/jobs/{jobId}")
    Map<String, Object> job(@AuthenticationPrincipal Caller caller, @PathVariable long userId,
                            @PathVariable String jobId) {
        requireAccess(caller, userId);
        return ImportJobView.of(jobs.get(userId, jobId), json);
    }

    @GetMapping("/api/v1/users/{userId}/import/jobs")
    List<Map<String, Object>> list(@AuthenticationPrincipal Caller caller, @PathVariable long userId) {
        requireAccess(caller, userId);
        return jobs.list(userId).stream().map(job -> ImportJobView.of(job, json)).toList();
    }

    @DeleteMapping("/api/v1/users/{userId}/import/jobs/{jobId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@AuthenticationPrincipal Caller caller, @PathVariable long userId, @PathVariable String jobId) {
        requireAccess(caller, userId);
        jobs.cancel(userId, jobId);
    }

    static void requireAccess(Caller caller, long userId) {
        if (!caller.mayAccess(userId)) {
            throw new ForbiddenException("this credential may not act on another user's imports");
        }
    }
}
