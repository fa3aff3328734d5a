package dev.healthsync.query;

import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/types}: every type the caller has, with count, span, unit and sources. */
@RestController
@Tag(name = "read")
class TypesController {

    private final TypeService types;

    TypesController(TypeService types) {
        this.types = types;
    }

    @Operation(operationId = "listTypes", summary = "Every sample type the caller has",
            description = "One entry per type identifier with stored samples, sorted by identifier. Workouts are not "
                    + "samples and are not listed, nor are Health Auto Export's hour and day buckets.")
    @ApiResponse(responseCode = "200", description = "The type summaries.")
    @GetMapping("/api/v1/types")
    List<TypeView> types(@AuthenticationPrincipal Caller caller) {
        return types.types(caller.userId());
    }
}
