package dev.healthsync.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.healthsync.storage.ApiKeyRecord;
import dev.healthsync.system.Caller;
import dev.healthsync.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's API keys: the plain key is shown once, at creation. */
@RestController
@Tag(name = "auth")
class ApiKeyController {

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @Operation(operationId = "createApiKey", summary = "Create an API key for the caller",
            description = "The plain key (`hs_` + 43 base62 characters) is in this response and nowhere else, ever; "
                    + "the server keeps only its SHA-256.")
    @ApiResponse(responseCode = "201", description = "Created.")
    @ApiResponse(responseCode = "400", description = "Unreadable JSON (`/problems/http-400`), or a name that is "
            + "blank or longer than 100 characters (`/problems/bad-request`).")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @PostMapping("/api/v1/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    KeyView create(@AuthenticationPrincipal Caller caller, @RequestBody NewKey request) {
        ApiKeyService.CreatedKey created = keys.create(caller.userId(), request.name());
        return view(created.record(), created.key());
    }

    @Operation(operationId = "listApiKeys", summary = "The caller's API keys, revoked ones included",
            description = "Without the secret.")
    @ApiResponse(responseCode = "200", description = "Keys in creation order.")
    @GetMapping("/api/v1/api-keys")
    List<KeyView> list(@AuthenticationPrincipal Caller caller) {
        return keys.list(caller.userId()).stream().map(key -> view(key, null)).toList();
    }

    @Operation(operationId = "revokeApiKey", summary = "Revoke one of the caller's keys, at once",
            description = "The key is refused (401) from the next request on.")
    @ApiResponse(responseCode = "204", description = "Revoked.")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", description = "No active key with this id among the caller's keys (another "
            + "user's key, or one already revoked).")
    @DeleteMapping("/api/v1/api-keys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal Caller caller,
                @Parameter(description = "The key's `id` from the list, an integer.") @PathVariable long id) {
        if (!keys.revoke(caller.userId(), id)) {
            throw new NotFoundException("no active API key with this id");
        }
    }

    private static KeyView view(ApiKeyRecord key, String plain) {
        return new KeyView(key.id(), key.name(), key.prefix(), instant(key.createdAt()), instant(key.lastUsedAt()),
                instant(key.revokedAt()), plain);
    }

    private static String instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    @Schema(description = "An API key, without its secret except once, at creation.")
    record KeyView(
            @Schema(description = "The server's id of the key.") long id,
            @Schema(description = "The label given at creation.") String name,
            @Schema(description = "The first 10 characters of the key, to tell keys apart.", example = "hs_puZiAio")
            String prefix,
            @JsonProperty("created_at") @Schema(description = "ISO-8601 in UTC.", format = "date-time")
            String createdAt,
            @JsonProperty("last_used_at") @Schema(description = "When a request last presented the key, ISO-8601 in "
                    + "UTC, updated at most once a minute; null when never.", format = "date-time") String lastUsedAt,
            @JsonProperty("revoked_at") @Schema(description = "ISO-8601 in UTC; null while the key is active.",
                    format = "date-time") String revokedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only in the answer to the creation: the key itself (`hs_` + 43 base62 "
                    + "characters), shown this once.", pattern = "^hs_[0-9A-Za-z]{43}$") String key) {
    }

    @Schema(description = "A new API key.")
    record NewKey(
            @Schema(description = "A label, e.g. the app using the key; 1 to 100 characters after trimming.",
                    requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 100) String name) {
    }
}
