package dev.healthsync.query;

import dev.healthsync.system.InvalidParameterException;

/** The {@code limit} parameter of every paged list: a default when absent, a 400 naming it outside 1 to max. */
public final class PageLimits {

    private PageLimits() {
    }

    public static int of(Integer limit, int defaultLimit, int maxLimit) {
        if (limit == null) {
            return defaultLimit;
        }
        if (limit < 1 || limit > maxLimit) {
            throw new InvalidParameterException("limit", "limit must be between 1 and " + maxLimit);
        }
        return limit;
    }
}
