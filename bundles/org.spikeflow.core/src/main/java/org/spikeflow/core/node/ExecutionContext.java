package org.spikeflow.core.node;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Everything a node needs while executing: progress and cancel (inherited), its logger, where relative paths
 * resolve, and how many threads it may use.
 */
public final class ExecutionContext extends ExecutionMonitor {
    private final NodeLogger logger;
    private final Path workflowDirectory;
    private final Path outputDirectory;
    private final int maxThreads;
    private final Consumer<Path> writtenFiles;

    /**
     * @param writtenFiles told of every file the node writes (for the run summary); may be null
     */
    public ExecutionContext(ProgressListener listener, AtomicBoolean canceled, NodeLogger logger,
            Path workflowDirectory, Path outputDirectory, int maxThreads, Consumer<Path> writtenFiles) {
        super(listener, canceled);
        this.logger = logger;
        this.workflowDirectory = workflowDirectory;
        this.outputDirectory = outputDirectory;
        this.maxThreads = Math.max(1, maxThreads);
        this.writtenFiles = writtenFiles;
    }

    private ExecutionContext(ExecutionContext parent, double share) {
        super(parent, null, parent.cancelFlag(), parent.currentProgress(), clampShare(share));
        this.logger = parent.logger;
        this.workflowDirectory = parent.workflowDirectory;
        this.outputDirectory = parent.outputDirectory;
        this.maxThreads = parent.maxThreads;
        this.writtenFiles = parent.writtenFiles;
    }

    /** A context for a part of the work making up {@code fraction} of it. */
    public ExecutionContext createSubExecutionContext(double fraction) {
        return new ExecutionContext(this, fraction);
    }

    public NodeLogger getLogger() {
        return logger;
    }

    /** The folder holding the workflow file: input paths in settings are relative to it. */
    public Path getWorkflowDirectory() {
        return workflowDirectory;
    }

    /** The folder outputs go to (the workflow's folder unless the user chose another, e.g. with --output-dir). */
    public Path getOutputDirectory() {
        return outputDirectory;
    }

    /** Resolves a path setting naming an input: relative paths are taken from the workflow's folder. */
    public Path resolveInput(String path) {
        return workflowDirectory.resolve(path).normalize();
    }

    /** Resolves a path setting naming an output: relative paths are taken from the output folder. */
    public Path resolveOutput(String path) {
        return outputDirectory.resolve(path).normalize();
    }

    /** Records that the node wrote a file, so the run summary can list it. */
    public void fileWritten(Path file) {
        if (writtenFiles != null) {
            writtenFiles.accept(file);
        }
    }

    /** The number of threads this node may use for its own parallel work. */
    public int getMaxThreads() {
        return maxThreads;
    }
}
