package dev.healthsync.auth;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * First start: with no users, creates one admin with a generated password and an API key and prints them once
 * on the console (not through the logger: log files are kept and shipped, the console of a first start is not).
 * {@code healthsync.bootstrap.enabled=false} ({@code HEALTHSYNC_BOOTSTRAP_ENABLED}) leaves user creation to
 * {@code user add}, and keeps test servers from printing credentials into the test log.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "healthsync.bootstrap.enabled", havingValue = "true", matchIfMissing = true)
class Bootstrap implements ApplicationRunner {

    private final UserService users;
    private final ApiKeyService keys;
    private final String email;

    Bootstrap(UserService users, ApiKeyService keys, @Value("${healthsync.bootstrap.email}") String email) {
        this.users = users;
        this.keys = keys;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        UserService.CreatedUser created;
        try {
            created = users.create(email, null, true);
        } catch (UserService.ConflictException anotherNodeWasFirst) {
            return;
        }
        ApiKeyService.CreatedKey key = keys.create(created.user().id(), "bootstrap");
        print(System.out, created.user().email(), created.generatedPassword(), key.key());
    }

    static void print(PrintStream out, String email, String password, String key) {
        out.println();
        out.println("HealthSync: first start, created an admin user. Shown once; store them now.");
        out.println("  email:    " + email);
        out.println("  password: " + password);
        out.println("  API key:  " + key);
        out.println();
        out.flush();
    }
}
