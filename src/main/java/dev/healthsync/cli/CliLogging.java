package dev.healthsync.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import org.slf4j.LoggerFactory;

/**
 * Logging for commands that run without Spring Boot, which would otherwise leave logback at its default (every
 * debug line, on stdout): warnings only, on stderr, so stdout carries only the command's result (a created key,
 * a table). A configuration file that logback found itself ({@code -Dlogback.configurationFile}, a test's
 * {@code logback-test.xml}) is left alone.
 */
final class CliLogging {

    private CliLogging() {
    }

    static void warningsToStderr() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
                || ConfigurationWatchListUtil.getMainWatchURL(context) != null) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
    }
}
