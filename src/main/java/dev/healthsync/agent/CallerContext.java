package dev.healthsync.agent;

import dev.healthsync.system.Caller;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * Carries the caller Spring Security authenticated into the tool handlers: the stateless transport keeps no session,
 * so each request's own principal is the only source of whose data a tool may read.
 */
final class CallerContext implements McpTransportContextExtractor<HttpServletRequest> {

    private static final String USER_ID = "healthsync.userId";

    @Override
    public McpTransportContext extract(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof Authentication auth && auth.getPrincipal() instanceof Caller caller) {
            return McpTransportContext.create(Map.of(USER_ID, caller.userId()));
        }
        return McpTransportContext.EMPTY;
    }

    /** The caller's user id; security lets no unauthenticated request reach /mcp, so a missing one is a bug. */
    static long userId(McpTransportContext context) {
        if (context.get(USER_ID) instanceof Long userId) {
            return userId;
        }
        throw new IllegalStateException("no authenticated caller in the MCP transport context");
    }
}
