package dev.healthsync.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Login, API keys and per-user access (docs/contracts.md#auth), run against each database by its subclasses. */
abstract class AuthContract extends ApiTestSupport {

    @Test
    void loginReturnsABearerTokenThatReadsTheCallersAccount() {
        TestUser user = newUser();
        HttpResponse<String> login = login(user.email(), user.password());
        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode body = json(login);
        assertThat(body.path("token_type").asString()).isEqualTo("bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(3600);

        JsonNode me = json(get("/api/v1/users/me", body.path("access_token").asString()));
        assertThat(me.path("id").asLong()).isEqualTo(user.id());
        assertThat(me.path("email").asString()).isEqualTo(user.email());
        assertThat(me.path("admin").asBoolean()).isFalse();
        assertThat(me.path("settings").isObject()).isTrue();
    }

    @Test
    void aUserSetsTheirTimeZone() {
        TestUser user = newUser();
        HttpResponse<String> set = putJson("/api/v1/users/me/settings", user.key(),
                "{\"timeZone\": \"Europe/Amsterdam\"}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(json(get("/api/v1/users/me", user.key())).path("settings").path("timeZone").asString())
                .isEqualTo("Europe/Amsterdam");
        HttpResponse<String> bad = putJson("/api/v1/users/me/settings", user.key(),
                "{\"timeZone\": \"Mars/Olympus\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void wrongCredentialsAre401AndRepeatedFailuresAreThrottled() {
        TestUser user = newUser();
        assertThat(login(user.email(), "wrong password").statusCode()).isEqualTo(401);
        assertThat(login("nobody@example.test", "wrong password").statusCode()).isEqualTo(401);
        assertThat(login(user.email(), "wrong again").statusCode()).isEqualTo(401);
        assertThat(login(user.email(), "and again").statusCode()).isEqualTo(401);

        HttpResponse<String> throttled = login(user.email(), user.password());
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(json(throttled).path("type").asString()).isEqualTo("/problems/too-many-login-attempts");
        assertThat(throttled.headers().firstValue("Retry-After")).contains("900");
    }

    @Test
    void aKeyIsAcceptedInEveryDocumentedHeader() {
        TestUser user = newUser();
        for (String header : new String[] {"X-API-Key", "api-key", CUSTOM_HEADER}) {
            HttpResponse<String> response = send(request("/api/v1/users/me").header(header, user.key()).build());
            assertThat(response.statusCode()).as(header).isEqualTo(200);
            assertThat(json(response).path("id").asLong()).isEqualTo(user.id());
        }
        assertThat(get("/api/v1/users/me", user.key()).statusCode()).isEqualTo(200);
    }

    @Test
    void invalidCredentialsAre401ProblemDocuments() {
        HttpResponse<String> badKey = get("/api/v1/users/me", "hs_notAKeyThisServerIssued");
        HttpResponse<String> badToken = get("/api/v1/users/me", "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl");
        for (HttpResponse<String> response : java.util.List.of(badKey, badToken)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
    }

    @Test
    void apiKeysAreCreatedListedAndRevokedThroughTheApi() {
        TestUser user = newUser();
        HttpResponse<String> created = postJson("/api/v1/api-keys", user.key(),
                "{\"name\": \"Health Auto Export\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(201);
        String key = json(created).path("key").asString();
        long id = json(created).path("id").asLong();
        assertThat(key).matches("hs_[0-9A-Za-z]{43}");

        JsonNode listed = json(get("/api/v1/api-keys", key));
        assertThat(listed.findValuesAsString("name")).containsExactly("test", "Health Auto Export");
        assertThat(listed.toString()).doesNotContain(key).doesNotContain("hash");
        assertThat(listed.get(1).path("prefix").asString()).isEqualTo(key.substring(0, 10));

        HttpResponse<String> revoked = send(request("/api/v1/api-keys/" + id)
                .header("Authorization", "Bearer " + user.key()).DELETE().build());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/users/me", key).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/users/me", user.key()).statusCode()).isEqualTo(200);
    }

    @Test
    void aUserCannotRevokeAnotherUsersKeyOrReadAnotherUser() {
        TestUser ana = newUser();
        TestUser bob = newUser();
        long anasKey = apiKeyService.list(ana.id()).get(0).id();
        HttpResponse<String> attempt = send(request("/api/v1/api-keys/" + anasKey)
                .header("Authorization", "Bearer " + bob.key()).DELETE().build());
        assertThat(attempt.statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/users/me", ana.key()).statusCode()).isEqualTo(200);

        assertThat(get("/api/v1/users/" + ana.id(), bob.key()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/users", bob.key()).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminManagesUsers() {
        UserService.CreatedUser admin = userService.create("admin-" + java.util.UUID.randomUUID() + "@example.test",
                null, true);
        String adminKey = apiKeyService.create(admin.user().id(), "admin").key();
        TestUser other = newUser();

        assertThat(json(get("/api/v1/users/" + other.id(), adminKey)).path("email").asString())
                .isEqualTo(other.email());
        HttpResponse<String> created = postJson("/api/v1/users", adminKey,
                "{\"email\": \"carol-%s@example.test\"}".formatted(java.util.UUID.randomUUID())
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(201);
        String password = json(created).path("password").asString();
        assertThat(login(json(created).path("email").asString(), password).statusCode()).isEqualTo(200);
    }

    @Test
    void aUserChangesTheirPasswordWithAKeyOrALoginToken() {
        TestUser user = newUser();
        String token = json(login(user.email(), user.password())).path("access_token").asString();

        HttpResponse<String> changed = changePassword("X-API-Key", user.key(), user.password(), "a new password 1");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(login(user.email(), user.password()).statusCode()).isEqualTo(401);
        assertThat(login(user.email(), "a new password 1").statusCode()).isEqualTo(200);
        // tokens are not revoked by the change (docs/api.md): the one issued before still reads the account
        assertThat(get("/api/v1/users/me", token).statusCode()).isEqualTo(200);

        assertThat(changePassword("Authorization", "Bearer " + token, "a new password 1", "a newer password 2")
                .statusCode()).isEqualTo(204);
        assertThat(login(user.email(), "a newer password 2").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordOrAShortNewOneIsRefusedByName() {
        TestUser user = newUser();
        HttpResponse<String> wrong = changePassword("X-API-Key", user.key(), "not my password", "a new password 1");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(wrong).path("parameter").asString()).isEqualTo("currentPassword");
        assertThat(wrong.body()).doesNotContain("not my password", "a new password 1", user.password());

        HttpResponse<String> missing = putJson("/api/v1/users/me/password", user.key(), "{}");
        assertThat(json(missing).path("parameter").asString()).isEqualTo("currentPassword");

        HttpResponse<String> shortOne = changePassword("X-API-Key", user.key(), user.password(), "short");
        assertThat(shortOne.statusCode()).isEqualTo(400);
        assertThat(json(shortOne).path("parameter").asString()).isEqualTo("newPassword");
        assertThat(json(shortOne).path("detail").asString()).isEqualTo("newPassword must have at least 8 characters");
        assertThat(shortOne.body()).doesNotContain(user.password());
        assertThat(login(user.email(), user.password()).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLogins() {
        TestUser user = newUser();
        for (int i = 0; i < 3; i++) {
            assertThat(changePassword("X-API-Key", user.key(), "guess " + i, "a new password 1").statusCode())
                    .isEqualTo(400);
        }
        HttpResponse<String> throttled = changePassword("X-API-Key", user.key(), user.password(), "a new password 1");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(login(user.email(), user.password()).statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> changePassword(String header, String credential, String current, String next) {
        String body = JSON.writeValueAsString(Map.of("currentPassword", current, "newPassword", next));
        return send(request("/api/v1/users/me/password").header(header, credential)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> login(String email, String password) {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/api/v1/auth/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
}
