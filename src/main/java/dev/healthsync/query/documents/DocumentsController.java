package dev.healthsync.query.documents;

import dev.healthsync.health.DocumentKind;
import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The lists of what is stored beside samples (see {@link DocumentList} for each path and what it holds), one ECG
 * with its voltages, and the newest characteristics. The paths below are those of {@link DocumentList}.
 */
@RestController
@Tag(name = "read")
class DocumentsController {

    private final DocumentPages pages;

    DocumentsController(DocumentPages pages) {
        this.pages = pages;
    }

    @Operation(summary = "Stored records of one kind, in start order, with cursor pagination",
            description = "Each item: record (document or sample), id, uuid, start, end (ISO 8601 with the written "
                    + "offset), source, and a document's payload as stored (FHIR JSON for clinical records) or a "
                    + "category sample's type, value and metadata. Symptoms and cycle tracking list HealthKit's "
                    + "category samples of their types beside the documents; the ECG list leaves the voltages out "
                    + "(GET /api/v1/ecg/{id} has them). See docs/api.md#documents.")
    @ApiResponse(responseCode = "200", description = "One page: items and next_cursor (null on the last page).")
    @ApiResponse(responseCode = "400", description = "`limit` outside its range, a `cursor` this server did not "
            + "write, or `from`/`to` neither an ISO 8601 date nor a date-time.")
    @GetMapping({"/api/v1/medications", "/api/v1/medication-doses", "/api/v1/ecg", "/api/v1/audiograms",
            "/api/v1/clinical-records", "/api/v1/vision-prescriptions", "/api/v1/state-of-mind", "/api/v1/symptoms",
            "/api/v1/cycle-tracking", "/api/v1/heart-rate-notifications", "/api/v1/correlations"})
    Map<String, Object> list(@AuthenticationPrincipal Caller caller, @ParameterObject DocumentQuery query,
                             HttpServletRequest request) {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pages.page(caller.userId(), DocumentList.forPath(pattern), query);
    }

    @Operation(summary = "One ECG recording with its voltages",
            description = "404 when there is no ECG with this id, or it is another user's.")
    @ApiResponse(responseCode = "200", description = "The ECG with its voltages.")
    @ApiResponse(responseCode = "400", description = "`id` is not a number.")
    @ApiResponse(responseCode = "404", description = "No ECG of the caller has this id.")
    @GetMapping("/api/v1/ecg/{id}")
    Map<String, Object> ecg(@AuthenticationPrincipal Caller caller,
                            @Parameter(description = "The id of an item of GET /api/v1/ecg") @PathVariable long id) {
        return pages.one(caller.userId(), DocumentKind.ECG, id);
    }

    @Operation(summary = "The newest characteristics (export.xml's Me, Health Export Pro's characteristics)",
            description = "Date of birth, biological sex, blood type, skin type… as stored; 404 when none is.")
    @GetMapping("/api/v1/characteristics")
    Map<String, Object> characteristics(@AuthenticationPrincipal Caller caller) {
        return pages.newest(caller.userId(), DocumentKind.CHARACTERISTICS);
    }
}
