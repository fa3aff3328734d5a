package dev.healthsync.system;

/**
 * The authenticated user behind a request, as every feature sees it ({@code @AuthenticationPrincipal Caller}).
 *
 * @param apiKeyId the key the request presented, or null for a login token
 */
public record Caller(long userId, String email, boolean admin, Long apiKeyId) {

    /** Whether this caller may act on {@code userId}'s data: their own, or anyone's for an admin. */
    public boolean mayAccess(long userId) {
        return admin || this.userId == userId;
    }
}
