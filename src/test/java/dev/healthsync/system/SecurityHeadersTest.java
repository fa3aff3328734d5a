package dev.healthsync.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.SqliteServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard's page at {@code /}, its uPlot WebJar, and the headers of docs/security.md on every kind of
 * response. A test page stands in for the dashboard's {@code static/index.html}, so this test does not depend on
 * what the page holds.
 */
@SqliteServer
@TestPropertySource(properties = "spring.web.resources.static-locations=classpath:/welcome-page-test/")
class SecurityHeadersTest extends ApiTestSupport {

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
                    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private static final Pattern INLINE_STYLE = Pattern.compile("createElement\\(\"style\",null,\"([^\"]*)\"\\)");

    @Test
    void theRootServesTheStaticIndexPageWithoutACredential() {
        HttpResponse<String> page = send(request("/").header("Accept", "text/html").GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<title>welcome page test</title>");
        assertSecurityHeaders(page);
    }

    @Test
    void uPlotIsServedFromItsWebJarWithoutACredential() {
        HttpResponse<String> script = send(request("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").GET().build());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(script.body()).contains("uPlot");
        assertSecurityHeaders(script);
        assertThat(send(request("/webjars/uplot/1.6.30/dist/uPlot.min.css").GET().build()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void apiAnswersAndProblemDocumentsCarryTheHeadersToo() {
        TestUser user = newUser();
        HttpResponse<String> answer = get("/api/v1/users/me", user.key());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertSecurityHeaders(answer);

        HttpResponse<String> unauthorized = send(request("/api/v1/users/me").GET().build());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertSecurityHeaders(unauthorized);

        HttpResponse<String> unknown = send(request("/no/such/page").header("Accept", "text/html").GET().build());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue(Problems.MEDIA_TYPE);
        assertSecurityHeaders(unknown);

        HttpResponse<String> refused = get("/api/v1/samples?limit=0", user.key());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertSecurityHeaders(refused);
    }

    @Test
    void swaggerUiIsAllowedOnlyTheInlineStyleOfItsLogo() throws NoSuchAlgorithmException {
        HttpResponse<String> page = send(request("/swagger-ui/index.html").GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> preset = send(request("/swagger-ui/swagger-ui-standalone-preset.js").GET().build());
        Matcher logoStyle = INLINE_STYLE.matcher(preset.body());
        assertThat(logoStyle.find()).as("the logo's inline <style> in Swagger UI's top bar").isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(logoStyle.group(1).getBytes(StandardCharsets.UTF_8)));
        String strict = HEADERS.get("Content-Security-Policy");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
                strict.replace("style-src 'self'", "style-src 'self' 'sha256-" + hash + "'"));
        HEADERS.forEach((name, value) -> {
            if (!name.equals("Content-Security-Policy")) {
                assertThat(page.headers().allValues(name)).as(name).containsExactly(value);
            }
        });
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        HEADERS.forEach((name, value) -> assertThat(response.headers().allValues(name)).as(name)
                .containsExactly(value));
    }
}
