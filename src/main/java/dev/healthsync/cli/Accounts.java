package dev.healthsync.cli;

import dev.healthsync.auth.ApiKeyService;
import dev.healthsync.auth.UserService;
import dev.healthsync.storage.DirectStorage;
import dev.healthsync.storage.UserRecord;
import dev.healthsync.system.NotFoundException;
import java.time.Clock;

/**
 * Users and API keys for the {@code user} and {@code key} commands and the checks of {@code import}: the database
 * opened directly, with no application context, so such a command answers in about a second instead of the
 * several a Spring Boot start takes. The services are the server's own, over the same stores.
 */
final class Accounts implements AutoCloseable {

    private final DirectStorage storage;
    private final UserService users;
    private final ApiKeyService keys;

    private Accounts(DirectStorage storage) {
        this.storage = storage;
        this.users = UserService.standalone(storage.users(), Clock.systemUTC());
        this.keys = ApiKeyService.standalone(storage.apiKeys(), Clock.systemUTC());
    }

    static Accounts open() {
        CliLogging.warningsToStderr();
        ToolSettings settings = ToolSettings.read();
        return new Accounts(DirectStorage.open(settings.storage(), settings.system()));
    }

    UserService users() {
        return users;
    }

    ApiKeyService keys() {
        return keys;
    }

    /** The user with this email, or a failure that says there is none. */
    UserRecord user(String email) {
        return users.findByEmail(email).orElseThrow(() -> new NotFoundException("no user " + email));
    }

    @Override
    public void close() {
        storage.close();
    }
}
