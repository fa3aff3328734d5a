package dev.healthsync.query.documents;

import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters of the document lists, as sent; {@link DocumentPages} checks them. */
public record DocumentQuery(
        @Parameter(description = "Start, inclusive: an ISO 8601 date (2024-03-01, midnight UTC) or a date-time "
                + "with offset. Timeless documents (most medications) are listed only without from and to.")
        String from,
        @Parameter(description = "End, exclusive, in the same formats as `from`.")
        String to,
        @Parameter(description = "The next_cursor of the previous page.")
        String cursor,
        @Parameter(description = "Items per page, 1 to 1000. Default: 100.")
        Integer limit) {
}
