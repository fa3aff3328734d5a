package dev.healthsync.agent;

/** An argument the agent must fix; its message becomes the tool's error result. */
class ToolArgumentException extends RuntimeException {

    ToolArgumentException(String message) {
        super(message);
    }
}
