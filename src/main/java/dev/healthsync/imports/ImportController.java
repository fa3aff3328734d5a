package dev.healthsync.imports;

import dev.healthsync.system.Caller;
import dev.healthsync.system.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
@Tag(name = "import")
class ImportController {

    private static final String USER_ID = "The user whose imports these are: the caller's own id (`GET "
            + "/api/v1/users/me`), or any id for an admin; an integer.";
    private static final String JOB_ID = "The `job_id` an upload returned (a UUID).";

    private final ImportJobs jobs;
    private final JsonMapper json;

    ImportController(ImportJobs jobs, JsonMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    @Operation(operationId = "getImportJob", summary = "One import job, with progress and counts")
    @ApiResponse(responseCode = "200", description = "The job.")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/ImportForbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/ImportJobNotFound")
    @GetMapping("/api/v1/users/{userId}/import/jobs/{jobId}")
    ImportJobView job(@AuthenticationPrincipal Caller caller,
                            @Parameter(description = USER_ID) @PathVariable long userId,
                            @Parameter(description = JOB_ID) @PathVariable String jobId) {
        requireAccess(caller, userId);
        return ImportJobView.of(jobs.get(userId, jobId), json);
    }

    @Operation(operationId = "listImportJobs", summary = "The user's import jobs, newest first",
            description = "Every job of the user, including those of the `import` command; not paginated.")
    @ApiResponse(responseCode = "200", description = "The jobs.")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/ImportForbidden")
    @GetMapping("/api/v1/users/{userId}/import/jobs")
    List<ImportJobView> list(@AuthenticationPrincipal Caller caller,
                                   @Parameter(description = USER_ID) @PathVariable long userId) {
        requireAccess(caller, userId);
        return jobs.list(userId).stream().map(job -> ImportJobView.of(job, json)).toList();
    }

    @Operation(operationId = "cancelImportJob", summary = "Cancel a queued or running import job",
            description = "The job becomes `cancelled` at once. A running worker stops at its next checkpoint and "
                    + "rolls back its open chunk; records of chunks committed before stay stored (importing the file "
                    + "again completes it, the stored records counting as duplicates).")
    @ApiResponse(responseCode = "204", description = "Cancelled.")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/ImportForbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/ImportJobNotFound")
    @ApiResponse(responseCode = "409", description = "The job has already ended (`done`, `failed` or `cancelled`).")
    @DeleteMapping("/api/v1/users/{userId}/import/jobs/{jobId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@AuthenticationPrincipal Caller caller, @Parameter(description = USER_ID) @PathVariable long userId,
                @Parameter(description = JOB_ID) @PathVariable String jobId) {
        requireAccess(caller, userId);
        jobs.cancel(userId, jobId);
    }

    static void requireAccess(Caller caller, long userId) {
        if (!caller.mayAccess(userId)) {
            throw new ForbiddenException("this credential may not act on another user's imports");
        }
    }
}
