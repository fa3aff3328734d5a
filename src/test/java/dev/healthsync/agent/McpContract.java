package dev.healthsync.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.query.series.Steps;
import dev.healthsync.testing.ApiTestSupport;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /mcp} on each database, driven by the SDK's own client: the tools answer what the REST API answers. */
abstract class McpContract extends ApiTestSupport {

    private static final Path EXPORT = Path.of("src/test/resources/fixtures/export/apple_health_export");

    @Test
    void anApiKeyOpensASessionAndTheToolsHaveSchemas() {
        try (McpSyncClient client = client(newUser().key())) {
            assertThat(client.initialize().serverInfo().name()).isEqualTo("healthsync");
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder(
                    "list_data_types", "get_series", "get_daily_summary", "get_sleep", "list_workouts", "get_workout",
                    "explain_total", "compare_periods");
            assertThat(client.listTools().tools()).allSatisfy(tool -> {
                assertThat(tool.description()).isNotBlank();
                assertThat(tool.inputSchema()).containsEntry("type", "object");
            });
        }
    }

    @Test
    void eachToolAnswersWhatTheApiAnswersAndOnlyForItsCaller() throws Exception {
        TestUser user = newUser();
        importExportDirectory(user, EXPORT);
        TestUser other = newUser();
        try (McpSyncClient client = client(user.key()); McpSyncClient stranger = client(other.key())) {
            client.initialize();
            stranger.initialize();
            assertThat(call(client, "get_daily_summary", Map.of("date", "2024-05-01")))
                    .isEqualTo(json(get("/api/v1/summary/daily?date=2024-05-01", user.key())));
            assertThat(call(client, "list_data_types", Map.of()).path("types"))
                    .isEqualTo(json(get("/api/v1/types", user.key())));
            assertThat(call(client, "get_series", Map.of("type", "HKQuantityTypeIdentifierStepCount",
                    "from", "2024-04-25", "to", "2024-05-05")))
                    .isEqualTo(json(get("/api/v1/series/HKQuantityTypeIdentifierStepCount"
                            + "?from=2024-04-25&to=2024-05-05", user.key())));
            assertThat(call(client, "get_sleep", Map.of("from", "2024-04-25", "to", "2024-05-05")))
                    .isEqualTo(json(get("/api/v1/sleep?from=2024-04-25&to=2024-05-05", user.key())));

            JsonNode workouts = call(client, "list_workouts", Map.of("limit", 5));
            assertThat(workouts).isEqualTo(json(get("/api/v1/workouts?limit=5", user.key())));
            long id = workouts.path("items").path(0).path("id").asLong();
            JsonNode workout = call(client, "get_workout", Map.of("id", id));
            assertThat(workout.path("heartRate").path("avg"))
                    .isEqualTo(json(get("/api/v1/workouts/" + id, user.key())).path("heartRate").path("avg"));
            assertThat(workout.path("heartRate").has("samples")).isFalse();
            assertThat(call(stranger, "list_workouts", Map.of()).path("items")).isEmpty();

            assertThat(call(client, "list_data_types", Map.of()).path("types")).isNotEmpty();
            assertThat(call(stranger, "list_data_types", Map.of()).path("types")).isEmpty();
            assertThat(call(stranger, "get_daily_summary", Map.of("date", "2024-05-01")))
                    .isEqualTo(json(get("/api/v1/summary/daily?date=2024-05-01", other.key())));
        }
    }

    @Test
    void aBadArgumentIsAToolErrorSayingWhatToFix() {
        try (McpSyncClient client = client(newUser().key())) {
            client.initialize();
            McpSchema.CallToolResult badDate = client.callTool(new McpSchema.CallToolRequest("get_daily_summary",
                    Map.of("date", "May 1st")));
            assertThat(badDate.isError()).isTrue();
            assertThat(text(badDate)).contains("date");
            McpSchema.CallToolResult tooFine = client.callTool(new McpSchema.CallToolRequest("get_series",
                    Map.of("type", "HKQuantityTypeIdentifierStepCount", "from", "2020-01-01", "to", "2024-01-01",
                            "bucket", "hour")));
            assertThat(tooFine.isError()).isTrue();
            assertThat(text(tooFine)).contains("400").contains("bucket=week");
        }
    }

    @Test
    void withoutACredentialTheEndpointAnswers401BeforeReadingAMessage() {
        for (String path : new String[] {"/mcp", "/mcp/"}) {
            HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString("not even JSON")).build());
            assertThat(response.statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void explainTotalAndComparePeriodsAddUpAsTheSeriesDoes() {
        TestUser user = newUser();
        byte[] batch = new Steps()
                .steps(Steps.WATCH, "2025-03-04T08:00:00Z", "2025-03-04T08:10:00Z", 600)
                .steps(Steps.PHONE, "2025-03-04T08:00:00Z", "2025-03-04T08:10:00Z", 500)
                .steps(Steps.WATCH, "2025-03-05T08:00:00Z", "2025-03-05T08:10:00Z", 300)
                .batch();
        assertThat(postJson("/api/apple-health/sync", user.key(), batch).statusCode()).isEqualTo(200);
        try (McpSyncClient client = client(user.key())) {
            client.initialize();
            JsonNode explained = call(client, "explain_total", Map.of("type", Steps.STEPS, "date", "2025-03-04"));
            JsonNode bucket = json(get("/api/v1/series/" + Steps.STEPS + "?from=2025-03-04&to=2025-03-05"
                    + "&explain=true", user.key())).path("buckets").get(0);
            assertThat(explained.path("total").asDouble()).as("the phone's overlapping 500 counted once")
                    .isEqualTo(bucket.path("value").asDouble()).isEqualTo(600.0);
            assertThat(explained.path("contributions")).isEqualTo(bucket.path("contributions"));

            JsonNode compared = call(client, "compare_periods", Map.of("type", Steps.STEPS, "from", "2025-03-04",
                    "to", "2025-03-05", "compareFrom", "2025-03-05", "compareTo", "2025-03-06"));
            assertThat(compared.path("period").path("value").asDouble()).isEqualTo(600.0);
            assertThat(compared.path("comparedTo").path("value").asDouble()).isEqualTo(300.0);
            assertThat(compared.path("difference").asDouble()).isEqualTo(300.0);
            assertThat(compared.path("percent").asDouble()).isEqualTo(100.0);
            assertThat(compared.path("aggregation").asString()).isEqualTo("sum");

            McpSchema.CallToolResult backwards = client.callTool(new McpSchema.CallToolRequest("compare_periods",
                    Map.of("type", Steps.STEPS, "from", "2025-03-05", "to", "2025-03-04", "compareFrom", "2025-03-05",
                            "compareTo", "2025-03-06")));
            assertThat(backwards.isError()).isTrue();
            assertThat(text(backwards)).contains("end must be after");
        }
    }

    private McpSyncClient client(String key) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + port).endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + key)).build();
        return McpClient.sync(transport).build();
    }

    private static JsonNode call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        return JSON.readTree(text(result));
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
