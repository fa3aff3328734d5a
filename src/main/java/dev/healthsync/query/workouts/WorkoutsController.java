package dev.healthsync.query.workouts;

import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The caller's workouts, one workout whole, and its route as GeoJSON or GPX. See docs/api.md#workouts. */
@RestController
@Tag(name = "read")
class WorkoutsController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType(GeoJsonRoute.MEDIA_TYPE);
    private static final MediaType GPX = MediaType.parseMediaType(GpxRoute.MEDIA_TYPE);

    /** Higher quality first; at equal quality a named type before a wildcard, as RFC 9110 ranks them. */
    private static final Comparator<MediaType> PREFERENCE = Comparator
            .comparingDouble(MediaType::getQualityValue).reversed()
            .thenComparing(MediaType::isWildcardType)
            .thenComparing(MediaType::isWildcardSubtype);

    private final WorkoutPages pages;
    private final JsonMapper json;

    WorkoutsController(WorkoutPages pages, JsonMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @Operation(operationId = "listWorkouts", summary = "Workouts in start order, with totals, cursor-paginated",
            description = "Each item: id, uuid, activityType, start, end (ISO 8601 with the written offset), "
                    + "durationSeconds, source, device, statistics by type (sum/min/avg/max in the type's canonical "
                    + "unit) and routePoints. `totals` adds up every workout the filters hold, not just this page: "
                    + "count, duration and the sum of each cumulative statistic (distance, energy).")
    @ApiResponse(responseCode = "200", description = "One page: items, next_cursor (null on the last page), totals.")
    @ApiResponse(responseCode = "400", description = "`limit` outside 1-1000, a `cursor` this server did not write, "
            + "`from`/`to` neither an ISO 8601 date nor a date-time, or an `activityType` that is no name.")
    @GetMapping("/api/v1/workouts")
    Map<String, Object> list(@AuthenticationPrincipal Caller caller, @ParameterObject WorkoutQuery query) {
        return pages.page(caller.userId(), query);
    }

    @Operation(operationId = "getWorkout", summary = "One workout whole",
            description = "The list's fields plus events (pauses, laps, segments), activities (iOS 16+ "
                    + "WorkoutActivity, as stored), metadata, the heart-rate samples recorded during it (with min, "
                    + "avg, max; at most 10,000, `truncated` past that) and a route summary: points, segments "
                    + "between pauses, distanceMeters along them, bbox [west, south, east, north], "
                    + "elevationGainMeters and elevationLossMeters; `route` is null without a route.")
    @ApiResponse(responseCode = "200", description = "The workout.")
    @ApiResponse(responseCode = "400", description = "`id` is not a number.")
    @ApiResponse(responseCode = "404", description = "No workout of the caller has this id.")
    @GetMapping("/api/v1/workouts/{id}")
    Map<String, Object> one(@AuthenticationPrincipal Caller caller, @Parameter(description = "The id of an item of "
            + "GET /api/v1/workouts") @PathVariable long id) {
        return pages.one(caller.userId(), id);
    }

    @Operation(operationId = "getWorkoutRoute", summary = "A workout's route as GeoJSON or GPX 1.1",
            description = "GeoJSON by default: a Feature whose geometry is a LineString, or a MultiLineString with "
                    + "a line per segment between pauses, with coordTimes, altitudes, speeds and courses in its "
                    + "properties, parallel to the coordinates. With `Accept: application/gpx+xml`, GPX 1.1 (as "
                    + "GET /api/v1/workouts/{id}/route.gpx). Points recorded while paused are left out.")
    @ApiResponse(responseCode = "200", description = "The route.", content = {
            @Content(mediaType = GeoJsonRoute.MEDIA_TYPE, schema = @Schema(type = "object",
                    description = "A GeoJSON Feature (RFC 7946).")),
            @Content(mediaType = GpxRoute.MEDIA_TYPE, schema = @Schema(type = "string",
                    description = "A GPX 1.1 document with one track."))})
    @ApiResponse(responseCode = "400", description = "`id` is not a number.")
    @ApiResponse(responseCode = "404", description = "No workout of the caller has this id, or it has no route.")
    @ApiResponse(responseCode = "406", description = "`Accept` allows neither GeoJSON (or JSON) nor GPX.")
    @GetMapping("/api/v1/workouts/{id}/route")
    void route(@AuthenticationPrincipal Caller caller, @Parameter(description = "The id of an item of "
                       + "GET /api/v1/workouts") @PathVariable long id,
               @Parameter(description = "`application/geo+json` (also `application/json`, the default) or "
                       + "`application/gpx+xml`.") @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
               String accept, HttpServletResponse response)
            throws IOException, XMLStreamException, HttpMediaTypeNotAcceptableException {
        boolean gpx = prefersGpx(accept);
        WorkoutPages.Route route = pages.route(caller.userId(), id);
        if (gpx) {
            writeGpx(route, response);
        } else {
            response.setContentType(GeoJsonRoute.MEDIA_TYPE);
            json.writeValue(response.getOutputStream(), GeoJsonRoute.of(route.workout(), route.segments()));
        }
    }

    @Operation(operationId = "getWorkoutRouteGpx", summary = "A workout's route as a GPX 1.1 file",
            description = "One track with a segment per stretch between pauses; speed and course in Garmin's "
                    + "TrackPointExtension v2. Served as an attachment named workout-<id>.gpx.")
    @ApiResponse(responseCode = "200", description = "The GPX file.", content = @Content(
            mediaType = GpxRoute.MEDIA_TYPE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "`id` is not a number.")
    @ApiResponse(responseCode = "404", description = "No workout of the caller has this id, or it has no route.")
    @GetMapping("/api/v1/workouts/{id}/route.gpx")
    void gpx(@AuthenticationPrincipal Caller caller, @Parameter(description = "The id of an item of "
            + "GET /api/v1/workouts") @PathVariable long id, HttpServletResponse response)
            throws IOException, XMLStreamException {
        writeGpx(pages.route(caller.userId(), id), response);
    }

    private static void writeGpx(WorkoutPages.Route route, HttpServletResponse response)
            throws IOException, XMLStreamException {
        response.setContentType(GpxRoute.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("workout-" + route.workout().id() + ".gpx").build().toString());
        GpxRoute.write(route.workout(), route.segments(), response.getOutputStream());
    }

    /** The client's most preferred of the two forms; GeoJSON when it accepts anything, or sends no Accept. */
    private static boolean prefersGpx(String accept) throws HttpMediaTypeNotAcceptableException {
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(accept == null || accept.isBlank() ? List.of(MediaType.ALL)
                    : MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(e.getMessage());
        }
        accepted.sort(PREFERENCE);
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isCompatibleWith(GEO_JSON) || type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.isCompatibleWith(GPX)) {
                return true;
            }
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(GEO_JSON, MediaType.APPLICATION_JSON, GPX));
    }
}
