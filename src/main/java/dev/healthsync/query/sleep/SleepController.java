package dev.healthsync.query.sleep;

import dev.healthsync.system.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's nights, one per day (see docs/api.md#sleep). */
@RestController
@Tag(name = "read")
class SleepController {

    private final SleepService sleep;

    SleepController(SleepService sleep) {
        this.sleep = sleep;
    }

    @Operation(operationId = "listSleep", summary = "One entry per night, merged across sources",
            description = "Each night: date (the local date it ended on), bedtime and wakeTime (the in-bed span), "
                    + "sleepStart and sleepEnd (the asleep span), in-bed, asleep, core, deep, REM, awake and "
                    + "unspecified minutes, sources, and the day's naps with the same fields. Where sources "
                    + "overlap each moment counts once, for the best-ranked source with a stage (a watch's stages "
                    + "before a phone's InBed). Nights without samples are left out. See docs/api.md#sleep.")
    @ApiResponse(responseCode = "200", description = "The nights in date order.")
    @ApiResponse(responseCode = "400", description = "`from` or `to` not an ISO 8601 date, `to` not after `from`, "
            + "or more than 366 days between them; the problem's `parameter` names the one to fix.")
    @GetMapping("/api/v1/sleep")
    Nights nights(@AuthenticationPrincipal Caller caller, @ParameterObject SleepQuery query) {
        return new Nights(sleep.nights(caller.userId(), query));
    }

    @Schema(description = "The caller's nights over the requested days.")
    record Nights(@Schema(description = "One entry per day that has sleep, in date order.") List<SleepView> nights) {
    }
}
