package dev.healthsync.cli.bench;

import dev.healthsync.auth.ApiKeyService;
import dev.healthsync.query.series.RollupMaintenance;
import dev.healthsync.query.summary.SummaryService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code read} phase: the server itself on the imported database, and each {@link ReadRequest} sent over
 * loopback, a few times to warm up and then {@link BenchSettings#readRequests()} times measured. The stale spans
 * the import marked are brought up to date first (and timed apart), as the server's background refresher would do
 * soon after an import: otherwise the first series read would measure the rollups' rebuild, not the read.
 */
final class ReadPhase {

    private static final int WARM_UP = 5;
    /** The problem type of the framework's 404 for a path no controller serves (ProblemAdvice). */
    private static final String NO_SUCH_PATH = "/problems/http-404";

    private ReadPhase() {
    }

    static PhaseResult run(BenchSettings settings) throws Exception {
        try (ConfigurableApplicationContext server = BenchContext.serve(settings)) {
            long userId = BenchContext.user(server);
            String key = server.getBean(ApiKeyService.class).create(userId, "bench").key();
            long rollupStart = System.nanoTime();
            int staleTypes = server.getBean(RollupMaintenance.class).refreshAll();
            double rollupSeconds = (System.nanoTime() - rollupStart) / 1e9;
            JsonMapper json = server.getBean(JsonMapper.class);
            ReadClient client = new ReadClient(BenchContext.port(server), key);
            Map<String, String> values = new HashMap<>(ReadRange.values(settings.records()));
            values.put("workout", workoutWithRoute(client, json));
            List<ReadLatency> latencies = new ArrayList<>();
            PhaseResult result = BenchPhases.measure("read", () -> {
                long bytes = 0;
                for (ReadRequest request : ReadRequest.ALL) {
                    bytes += time(client, json, request, request.path(values), settings.readRequests(), latencies);
                }
                return bytes;
            }, null);
            ReadResults.save(settings.work(), latencies);
            long measured = latencies.stream().mapToLong(ReadLatency::n).sum();
            String agreement = ActivityCheck.describe(ActivityCheck.run(server.getBean(SummaryService.class), userId,
                    settings.records()));
            return result.withRecords(measured).withNote(String.format(Locale.ROOT,
                    "%,d requests over HTTP, %d warm-up ones per read first; stale rollups of %d types brought up"
                            + " to date in %.2f s before. %s", measured, WARM_UP, staleTypes, rollupSeconds,
                    agreement));
        }
    }

    /** Times one read into {@code latencies}; returns the bytes of its answers. */
    private static long time(ReadClient client, JsonMapper json, ReadRequest request, String path, int count,
                             List<ReadLatency> latencies) throws Exception {
        ReadClient.Answer first = client.get(path);
        if (first.status() == 404 && NO_SUCH_PATH.equals(problemType(json, first.body()))) {
            latencies.add(ReadLatency.notAvailable(request, path));
            return first.body().length();
        }
        long bytes = ok(path, first).body().length();
        for (int i = 1; i < WARM_UP; i++) {
            bytes += ok(path, client.get(path)).body().length();
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            ReadClient.Answer answer = ok(path, client.get(path));
            nanos[i] = answer.nanos();
            bytes += answer.body().length();
        }
        latencies.add(ReadLatency.of(request, path, nanos));
        return bytes;
    }

    /** The id of the first workout of the first page that has a route, for the detail read. */
    private static String workoutWithRoute(ReadClient client, JsonMapper json) throws Exception {
        String path = "/api/v1/workouts";
        for (JsonNode item : json.readTree(ok(path, client.get(path)).body()).get("items")) {
            if (item.path("routePoints").asLong() > 0) {
                return item.get("id").asString();
            }
        }
        throw new IllegalStateException("no workout with a route on the first page of " + path);
    }

    private static ReadClient.Answer ok(String path, ReadClient.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.status() + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return answer;
    }

    private static String problemType(JsonMapper json, String body) {
        try {
            return json.readTree(body).path("type").asString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
