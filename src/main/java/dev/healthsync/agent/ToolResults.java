package dev.healthsync.agent;

import dev.healthsync.system.ProblemException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.function.BiFunction;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a handler's answer into a tool result: JSON text on success, and an error result naming what to fix for
 * a bad argument, so an agent can correct itself instead of seeing a protocol error.
 */
final class ToolResults {

    private final JsonMapper json;

    ToolResults(JsonMapper json) {
        this.json = json;
    }

    SyncToolSpecification tool(String name, String description, String inputSchema,
                               BiFunction<Long, ToolArguments, Object> handler) {
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).description(description)
                .inputSchema(json.readValue(inputSchema, java.util.Map.class)).build();
        return new SyncToolSpecification(tool, (context, request) -> call(handler, context, request));
    }

    private McpSchema.CallToolResult call(BiFunction<Long, ToolArguments, Object> handler,
                                          McpTransportContext context, McpSchema.CallToolRequest request) {
        try {
            Object answer = handler.apply(CallerContext.userId(context), new ToolArguments(request.arguments()));
            return McpSchema.CallToolResult.builder().addTextContent(json.writeValueAsString(answer)).build();
        } catch (ToolArgumentException | ProblemException e) {
            return McpSchema.CallToolResult.builder().addTextContent(e.getMessage()).isError(true).build();
        }
    }
}
