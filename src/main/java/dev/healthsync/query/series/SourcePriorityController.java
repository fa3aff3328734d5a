package dev.healthsync.query.series;

import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET} and {@code PUT /api/v1/source-priority}: the caller's ranking of sources for the merge. */
@RestController
@Tag(name = "read")
class SourcePriorityController {

    private final SourcePriorities priorities;

    SourcePriorityController(SourcePriorities priorities) {
        this.priorities = priorities;
    }

    @Operation(operationId = "getSourcePriority", summary = "The ranking of sources for the merge",
            description = "Empty lists mean the default: entries typed into the Health app, then Apple Watch, then "
                    + "iPhone, then other apps and devices.")
    @ApiResponse(responseCode = "200", description = "The caller's ranking.")
    @GetMapping("/api/v1/source-priority")
    SourcePriority get(@AuthenticationPrincipal Caller caller) {
        return priorities.of(caller.userId());
    }

    @Operation(operationId = "putSourcePriority", summary = "Replace the ranking of sources",
            description = "`order` lists source names, best first, for every type; `types` gives a type its own "
                    + "order. Sources not listed follow in the default order. Totals change at once.")
    @ApiResponse(responseCode = "200", description = "The ranking as stored.")
    @ApiResponse(responseCode = "400", description = "Unreadable JSON (`/problems/http-400`); a type this server does "
            + "not know, an empty or repeated source name, or more than 200 sources in one list "
            + "(`/problems/bad-request`, the problem's `parameter` names the field).")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @PutMapping("/api/v1/source-priority")
    SourcePriority put(@AuthenticationPrincipal Caller caller, @RequestBody SourcePriority priority) {
        priorities.replace(caller.userId(), priority);
        return priorities.of(caller.userId());
    }
}
