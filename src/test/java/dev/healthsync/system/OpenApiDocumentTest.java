package dev.healthsync.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.healthsync.ingest.PushEndpoint;
import dev.healthsync.testing.ApiTestSupport;
import dev.healthsync.testing.SqliteServer;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document cannot drift from the code: every handler method under {@code /api} is in it with its
 * parameters, and is described (summary, parameter descriptions, its errors). Generic over the handler mapping, so
 * an endpoint added without annotations fails here.
 */
@SqliteServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest extends ApiTestSupport {

    /** An absolute URL to anywhere but this machine: a CDN, a validator, a font host. */
    private static final Pattern FOREIGN_URL =
            Pattern.compile("https?://(?!localhost[:/]|127\\.0\\.0\\.1[:/])[^\\s\"'<>)]+");
    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private JsonNode document;

    @BeforeAll
    void fetchDocument() throws IOException {
        HttpResponse<String> yaml = send(request("/openapi.yaml").GET().build());
        assertThat(yaml.statusCode()).as(yaml.body()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type").orElse(""))
                .matches("application/(vnd\\.oai\\.openapi|yaml).*");
        document = Yaml31.mapper().readTree(yaml.body());
    }

    @Test
    void theJsonFormsAreTheSameDocument() throws IOException {
        for (String path : List.of("/openapi.json", "/openapi")) {
            HttpResponse<String> json = send(request(path).GET().build());
            assertThat(json.statusCode()).as(path).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
            assertThat(Json31.mapper().readTree(json.body())).as(path).isEqualTo(document);
        }
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        assertThat(document.path("info").path("version").asText()).isNotBlank();
        assertThat(document.path("servers").path(0).path("url").asText()).isEqualTo("/");
    }

    @Test
    void everyApiRouteIsDocumentedWithItsParameters() {
        List<String> missing = new ArrayList<>();
        routes().forEach(route -> {
            JsonNode operation = document.path("paths").path(route.path()).path(route.verb());
            if (operation.isMissingNode()) {
                missing.add(route + ": no operation");
                return;
            }
            for (ParameterName parameter : parameters(route)) {
                if (!hasParameter(operation, parameter)) {
                    missing.add(route + ": no " + parameter.in() + " parameter " + parameter.name());
                }
            }
        });
        assertThat(missing).as("handler methods the document does not describe").isEmpty();
    }

    @Test
    void everyPushSaysWhatAllPushesShare() {
        List<String> pushes = new ArrayList<>();
        routes().filter(route -> route.handler().hasMethodAnnotation(PushEndpoint.class)).forEach(route -> {
            JsonNode operation = document.path("paths").path(route.path()).path(route.verb());
            assertThat(hasParameter(operation, new ParameterName("header", "Content-Encoding"))).as(route.toString())
                    .isTrue();
            assertThat(operation.path("responses").has("413") && operation.path("responses").has("415")
                    && operation.path("responses").has("422")).as(route.toString()).isTrue();
            pushes.add(route.path());
        });
        assertThat(pushes).contains("/api/apple-health/sync", "/api/health-data", "/api/health-auto-export");
    }

    @Test
    void everyDocumentedOperationExists() {
        Set<String> routes = new TreeSet<>();
        routes().forEach(route -> routes.add(route.verb() + " " + route.path()));
        List<String> documented = new ArrayList<>();
        operations((path, verb, operation) -> documented.add(verb + " " + path));
        assertThat(routes).containsAll(documented);
        assertThat(documented).isNotEmpty();
    }

    @Test
    void everyOperationHasASummaryAndEveryParameterADescription() {
        List<String> undescribed = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        operations((path, verb, operation) -> {
            // springdoc makes a missing or repeated id up from the method name (list, list_1), which clients see
            if (!operation.path("operationId").asText().matches("[a-z][A-Za-z]*")
                    || !operationIds.add(operation.path("operationId").asText())) {
                undescribed.add(verb + " " + path + ": an operationId of its own");
            }
            if (operation.path("summary").asText().isBlank()) {
                undescribed.add(verb + " " + path + ": summary");
            }
            if (operation.path("tags").size() != 1) {
                undescribed.add(verb + " " + path + ": one tag");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("description").asText().isBlank()) {
                    undescribed.add(verb + " " + path + ": parameter " + parameter.path("name").asText());
                }
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                if (resolve(response.getValue()).path("description").asText().isBlank()) {
                    undescribed.add(verb + " " + path + ": response " + response.getKey());
                }
            });
        });
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyTagIsOneOfTheDocumentsTags() {
        Set<String> declared = new TreeSet<>();
        document.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        assertThat(declared).containsExactlyInAnyOrder("auth", "ingest", "import", "read");
        operations((path, verb, operation) -> operation.path("tags")
                .forEach(tag -> assertThat(declared).as(verb + " " + path).contains(tag.asText())));
    }

    @Test
    void operationsDeclareTheirErrorsAsProblemDocuments() {
        List<String> missing = new ArrayList<>();
        operations((path, verb, operation) -> {
            JsonNode responses = operation.path("responses");
            boolean credential = !operation.has("security") || !operation.path("security").isEmpty();
            boolean takesInput = operation.path("parameters").size() > 0 || operation.has("requestBody");
            if (path.startsWith("/api/v1/") && credential && !responses.has("401")) {
                missing.add(verb + " " + path + ": 401");
            }
            if (path.startsWith("/api/v1/") && takesInput && !responses.has("400")) {
                missing.add(verb + " " + path + ": 400");
            }
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().matches("[45]\\d\\d")
                        && !resolve(response.getValue()).path("content").has(Problems.MEDIA_TYPE)) {
                    missing.add(verb + " " + path + ": " + response.getKey() + " as problem+json");
                }
            });
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPresentationOfACredentialIsASecurityScheme() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("bearerAuth").path("scheme").asText()).isEqualTo("bearer");
        List<String> headers = new ArrayList<>();
        schemes.forEach(scheme -> headers.add(scheme.path("name").asText()));
        assertThat(headers).contains("X-API-Key", "api-key", CUSTOM_HEADER);
        assertThat(document.path("paths").path("/api/v1/auth/login").path("post").path("security").isEmpty())
                .isTrue();
    }

    @Test
    void everySchemaPropertyIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        document.path("components").path("schemas").fields()
                .forEachRemaining(schema -> properties(schema.getKey(), schema.getValue(), undescribed));
        assertThat(undescribed).isEmpty();
    }

    @Test
    void swaggerUiLoadsFromTheServerItself() {
        HttpResponse<String> docs = send(request("/api-docs").GET().build());
        assertThat(docs.statusCode()).isIn(301, 302, 303, 307, 308);
        URI index = URI.create("http://127.0.0.1:" + port + "/api-docs")
                .resolve(docs.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> html = send(request(index.getPath()).GET().build());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("swagger-ui");
        assertThat(foreignUrls(html.body())).isEmpty();

        Matcher linked = LINKED.matcher(html.body());
        List<String> loaded = new ArrayList<>();
        while (linked.find()) {
            String path = index.resolve(linked.group(1)).getPath();
            HttpResponse<String> asset = send(request(path).GET().build());
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            if (path.endsWith("swagger-initializer.js")) {
                assertThat(foreignUrls(asset.body())).as(path).isEmpty();
            }
            loaded.add(path);
        }
        assertThat(loaded).anyMatch(path -> path.endsWith("swagger-ui-bundle.js"))
                .anyMatch(path -> path.endsWith("swagger-initializer.js"));

        HttpResponse<String> config = send(request("/openapi/swagger-config").GET().build());
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(foreignUrls(config.body())).isEmpty();
        assertThat(config.body()).contains("\"/openapi\"");
    }

    private void operations(OperationVisitor visitor) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(verb -> {
            if (VERBS.contains(verb.getKey())) {
                visitor.visit(path.getKey(), verb.getKey(), verb.getValue());
            }
        }));
    }

    private Stream<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String path : entry.getKey().getPatternValues()) {
                if (path.startsWith("/api/")) {
                    assertThat(methods).as(path + " must name its HTTP method").isNotEmpty();
                    methods.forEach(method -> routes.add(new Route(method.name().toLowerCase(Locale.ROOT), path,
                            entry.getKey(), entry.getValue())));
                }
            }
        }
        return routes.stream();
    }

    /** What a handler reads from the request line and headers, as the document must name it. */
    private static List<ParameterName> parameters(Route route) {
        // a form-encoded body's fields are @RequestParams too, and are properties of the request body
        String query = route.info().getConsumesCondition().getConsumableMediaTypes()
                .contains(MediaType.APPLICATION_FORM_URLENCODED) ? "form" : "query";
        List<ParameterName> names = new ArrayList<>();
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (path != null) {
                names.add(new ParameterName("path", nameOf(path.name(), parameter)));
            } else if (param != null) {
                names.add(new ParameterName(query, nameOf(param.name(), parameter)));
            } else if (header != null) {
                names.add(new ParameterName("header", nameOf(header.name(), parameter)));
            } else if (parameter.hasParameterAnnotation(ParameterObject.class)) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    Parameter described = component.getAnnotation(Parameter.class);
                    names.add(new ParameterName("query", described == null || described.name().isEmpty()
                            ? component.getName() : described.name()));
                }
            }
        }
        return names;
    }

    private static String nameOf(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    private static boolean hasParameter(JsonNode operation, ParameterName wanted) {
        if (wanted.in().equals("form")) {
            return operation.path("requestBody").path("content").path(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                    .path("schema").path("properties").has(wanted.name());
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equalsIgnoreCase(wanted.name())
                    && parameter.path("in").asText().equals(wanted.in())) {
                return true;
            }
        }
        return false;
    }

    /** A response, or the component it refers to. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText();
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    /** Each property of a schema, nested ones too, is described, or is a reference to a described schema. */
    private static void properties(String where, JsonNode schema, List<String> undescribed) {
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode value = property.getValue();
            String name = where + "." + property.getKey();
            if (value.path("description").asText().isBlank() && !value.has("$ref")) {
                undescribed.add(name);
            }
            properties(name, value, undescribed);
            properties(name + "[]", value.path("items"), undescribed);
        });
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combined).forEach(part -> properties(where, part, undescribed));
        }
    }

    private static List<String> foreignUrls(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = FOREIGN_URL.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @FunctionalInterface
    private interface OperationVisitor {
        void visit(String path, String verb, JsonNode operation);
    }

    private record Route(String verb, String path, RequestMappingInfo info, HandlerMethod handler) {
        @Override
        public String toString() {
            return verb.toUpperCase(Locale.ROOT) + " " + path + " (" + handler.getShortLogMessage() + ")";
        }
    }

    private record ParameterName(String in, String name) {
    }
}
