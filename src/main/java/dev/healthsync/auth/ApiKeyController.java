package dev.healthsync.auth;

import dev.healthsync.storage.ApiKeyRecord;
import dev.healthsync.system.Caller;
import dev.healthsync.system.NotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
class ApiKeyController {

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @PostMapping("/api/v1/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@AuthenticationPrincipal Caller caller, @RequestBody NewKey request) {
        ApiKeyService.CreatedKey created = keys.create(caller.userId(), request.name());
        Map<String, Object> body = view(created.record());
        body.put("key", created.key());
        return body;
    }

    @GetMapping("/api/v1/api-keys")
    List<Map<String, Object>> list(@AuthenticationPrincipal Caller caller) {
        return keys.list(caller.userId()).stream().map(ApiKeyController::view).toList();
    }

    @DeleteMapping("/api/v1/api-keys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        if (!keys.revoke(caller.userId(), id)) {
            throw new NotFoundException("no active API key with this id");
        }
    }

    static Map<String, Object> view(ApiKeyRecord key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", key.id());
        body.put("name", key.name());
        body.put("prefix", key.prefix());
        body.put("created_at", Instant.ofEpochMilli(key.createdAt()).toString());
        body.put("last_used_at", key.lastUsedAt() == null ? null : Instant.ofEpochMilli(key.lastUsedAt()).toString());
        body.put("revoked_at", key.revokedAt() == null ? null : Instant.ofEpochMilli(key.revokedAt()).toString());
        return body;
    }

    record NewKey(String name) {
    }
}
