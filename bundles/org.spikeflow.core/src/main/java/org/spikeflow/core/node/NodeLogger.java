package org.spikeflow.core.node;

import java.util.function.Supplier;

/** A logger for one node; messages carry the node's id and name. Never log secrets. */
public final class NodeLogger {
    /** Log levels, most verbose first. */
    public enum Level {
        DEBUG, INFO, WARN, ERROR
    }

    /** Where log lines go (the engine provides one; the default writes to System.Logger). */
    @FunctionalInterface
    @org.osgi.annotation.versioning.ProviderType
    public interface Sink {
        void log(Level level, String source, String message, Throwable error);
    }

    private static final Sink SYSTEM = (level, source, message, error) -> {
        System.Logger logger = System.getLogger("org.spikeflow." + source);
        System.Logger.Level mapped = switch (level) {
            case DEBUG -> System.Logger.Level.DEBUG;
            case INFO -> System.Logger.Level.INFO;
            case WARN -> System.Logger.Level.WARNING;
            case ERROR -> System.Logger.Level.ERROR;
        };
        logger.log(mapped, message, error);
    };

    private final String source;
    private final Sink sink;

    public NodeLogger(String source, Sink sink) {
        this.source = source;
        this.sink = sink == null ? SYSTEM : sink;
    }

    /** A logger writing to the JDK's System.Logger, for code running outside a workflow. */
    public static NodeLogger forSource(String source) {
        return new NodeLogger(source, SYSTEM);
    }

    public String getSource() {
        return source;
    }

    public void debug(String message) {
        sink.log(Level.DEBUG, source, message, null);
    }

    public void debug(Supplier<String> message) {
        sink.log(Level.DEBUG, source, message.get(), null);
    }

    public void info(String message) {
        sink.log(Level.INFO, source, message, null);
    }

    public void warn(String message) {
        sink.log(Level.WARN, source, message, null);
    }

    public void error(String message, Throwable error) {
        sink.log(Level.ERROR, source, message, error);
    }
}
