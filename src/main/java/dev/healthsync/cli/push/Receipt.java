package dev.healthsync.cli.push;

import tools.jackson.databind.JsonNode;

/**
 * What the server said it did with one batch, in the same terms for every contract. The HealthSync receipt counts
 * {@code inserted.{samples,workouts,routePoints}}; Health Export Pro's and Health Auto Export's count
 * {@code inserted.{measurements,medications,workouts,workoutRoutes}} (route points). All three carry
 * {@code duplicates} and {@code rejectedCount} (the {@code rejected} list is capped by the server).
 */
record Receipt(long inserted, long duplicates, long rejected, long routePointsInserted) {

    static Receipt of(PushFormat format, JsonNode body) {
        JsonNode inserted = body.path("inserted");
        long records = format == PushFormat.HEALTHSYNC
                ? inserted.path("samples").asLong() + inserted.path("workouts").asLong()
                : inserted.path("measurements").asLong() + inserted.path("medications").asLong()
                        + inserted.path("workouts").asLong();
        long routePoints = format == PushFormat.HEALTHSYNC ? inserted.path("routePoints").asLong()
                : inserted.path("workoutRoutes").asLong();
        long rejected = body.has("rejectedCount") ? body.path("rejectedCount").asLong()
                : body.path("rejected").size();
        return new Receipt(records, body.path("duplicates").asLong(), rejected, routePoints);
    }
}
