package dev.healthsync.agent;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves MCP at {@code /mcp} with the SDK's stateless transport: every POST carries all it needs, so any node
 * behind a load balancer answers it. Security's filter chain runs before the servlet, so a request without a
 * credential is refused before a message is read.
 */
@Configuration(proxyBeanMethods = false)
class McpEndpoint {

    static final String PATH = "/mcp";

    @Bean
    HttpServletStatelessServerTransport mcpTransport(JsonMapper json) {
        return HttpServletStatelessServerTransport.builder().jsonMapper(mapper(json)).messageEndpoint(PATH)
                .contextExtractor(new CallerContext()).build();
    }

    @Bean(destroyMethod = "close")
    McpStatelessSyncServer mcpServer(HttpServletStatelessServerTransport transport, ReadTools tools,
                                     WorkoutTools workouts, TotalsTools totals, JsonMapper json) {
        return McpServer.sync(transport).serverInfo("healthsync", "1")
                .jsonMapper(mapper(json))
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(Stream.of(tools.specifications(), workouts.specifications(), totals.specifications())
                        .flatMap(List::stream).toList()).build();
    }

    @Bean
    ServletRegistrationBean<HttpServletStatelessServerTransport> mcpServlet(
            HttpServletStatelessServerTransport transport) {
        return new ServletRegistrationBean<>(transport, PATH);
    }

    private static McpJsonMapper mapper(JsonMapper json) {
        return new JacksonMcpJsonMapper(json);
    }
}
