/**
 * The MCP endpoint at {@code /mcp} for AI agents: thin tools over the query services, each answering for the
 * authenticated caller only. Nothing else depends on it (see docs/agents.md).
 */
package dev.healthsync.agent;
