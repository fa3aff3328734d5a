package dev.healthsync.cli.push;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phase 2 of a push: sends the outbox's batches in order and deletes each once the server accepted it. A batch
 * that was sent but not yet deleted when the process died is sent again on the next run; the server stores its
 * records once (HealthSync answers the repeated batch id from its receipt; the other contracts find each record's
 * identity already stored).
 */
final class Delivery {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int UNPROCESSABLE = 422;
    private static final int TOO_LARGE = 413;

    private final Sender sender;
    private final PushFormat format;
    private final PrintStream err;

    Delivery(Sender sender, PushFormat format, PrintStream err) {
        this.sender = sender;
        this.format = format;
        this.err = err;
    }

    Totals run(Outbox outbox, Manifest manifest) throws InterruptedException {
        Totals totals = new Totals();
        List<Path> pending = outbox.pending();
        long records = pending.stream().mapToLong(batch -> records(manifest, Outbox.number(batch))).sum();
        try (ProgressBar bar = Progress.sending(err, records)) {
            for (Path batch : pending) {
                int number = Outbox.number(batch);
                int batchRecords = records(manifest, number);
                long batchPoints = number <= manifest.batches() ? manifest.routePoints().get(number - 1) : 0;
                HttpResponse<String> response = sender.send(batch, number);
                totals.add(batchRecords, batchPoints, receipt(response, number, batchRecords));
                outbox.remove(batch);
                bar.stepBy(batchRecords);
                bar.setExtraMessage(" batch " + number + "/" + manifest.batches());
            }
        }
        return totals;
    }

    /** The server's counts for an accepted batch; a refusal a retry cannot fix stops the push. */
    private Receipt receipt(HttpResponse<String> response, int number, int batchRecords) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status >= 200 && status < 300) {
            if (body == null) {
                err.printf("batch %d: accepted (HTTP %d) without readable counts%n", number, status);
                return new Receipt(0, 0, 0, 0);
            }
            return Receipt.of(format, body);
        }
        String problem = problem(status, body);
        if (status == UNPROCESSABLE) {
            // every record of the batch was invalid: sending it again cannot change that, and the other batches
            // must not wait behind it, so it counts as rejected and the push goes on
            err.printf("batch %d: every record rejected: %s%n", number, problem);
            return new Receipt(0, 0, batchRecords, 0);
        }
        String hint = status == TOO_LARGE ? "; a smaller --batch-size cuts the outbox again into smaller batches" : "";
        throw new PushFailedException(status, "batch " + number + " refused: " + problem + hint);
    }

    private static int records(Manifest manifest, int number) {
        return number <= manifest.batches() ? manifest.records().get(number - 1) : 0;
    }

    /** {@code HTTP 401 Unauthorized: <detail>} from an RFC 9457 problem, plus the first rejected record's path. */
    static String problem(int status, JsonNode body) {
        StringBuilder text = new StringBuilder("HTTP ").append(status);
        if (body != null) {
            append(text, body.path("title").asString(""));
            append(text, body.path("detail").asString(""));
            JsonNode first = body.path("rejected").path(0);
            if (!first.isMissingNode()) {
                append(text, "first rejected " + first.path("path").asString("") + " ("
                        + first.path("reason").asString("") + ")");
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (!part.isBlank()) {
            text.append(": ").append(part.strip());
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
