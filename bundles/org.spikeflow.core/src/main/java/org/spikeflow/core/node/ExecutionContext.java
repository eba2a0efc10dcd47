package org.spikeflow.core.node;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.spikeflow.core.io.PathNotAllowedException;
import org.spikeflow.core.io.PathPolicy;

/**
 * Everything a node needs while executing: progress and cancel (inherited), its logger, where relative paths resolve,
 * and how many threads it may use.
 */
public final class ExecutionContext extends ExecutionMonitor {
    private final NodeLogger logger;
    private final PathPolicy paths;
    private final int maxThreads;
    private final Consumer<Path> writtenFiles;

    /**
     * A context whose paths are confined to the workflow's folder (inputs) and the output folder (outputs); null for
     * either means the working directory resp. the workflow's folder.
     *
     * @param writtenFiles
     *            told of every file the node writes (for the run summary); may be null
     */
    public ExecutionContext(ProgressListener listener, AtomicBoolean canceled, NodeLogger logger,
            Path workflowDirectory, Path outputDirectory, int maxThreads, Consumer<Path> writtenFiles) {
        this(listener, canceled, logger, confinedPolicy(workflowDirectory, outputDirectory), maxThreads, writtenFiles);
    }

    /** Unknown folders (null) are the working directory, and the output folder defaults to the workflow's. */
    private static PathPolicy confinedPolicy(Path workflowDirectory, Path outputDirectory) {
        Path inputs = workflowDirectory != null ? workflowDirectory : Path.of("").toAbsolutePath();
        return new PathPolicy(inputs, outputDirectory != null ? outputDirectory : inputs, List.of());
    }

    /**
     * @param paths
     *            where inputs and outputs may be (its roots are the workflow's folder and the output folder)
     * @param writtenFiles
     *            told of every file the node writes (for the run summary); may be null
     */
    public ExecutionContext(ProgressListener listener, AtomicBoolean canceled, NodeLogger logger, PathPolicy paths,
            int maxThreads, Consumer<Path> writtenFiles) {
        super(listener, canceled);
        this.logger = logger;
        this.paths = paths;
        this.maxThreads = Math.max(1, maxThreads);
        this.writtenFiles = writtenFiles;
    }

    private ExecutionContext(ExecutionContext parent, double share) {
        super(parent, null, parent.cancelFlag(), parent.currentProgress(), clampShare(share));
        this.logger = parent.logger;
        this.paths = parent.paths;
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
        return paths.getInputRoot();
    }

    /** The folder outputs go to (the workflow's folder unless the user chose another, e.g. with --output-dir). */
    public Path getOutputDirectory() {
        return paths.getOutputRoot();
    }

    /** Where this run may read and write. */
    public PathPolicy getPathPolicy() {
        return paths;
    }

    /**
     * Resolves a path naming an input: relative paths are taken from the workflow's folder.
     *
     * @throws PathNotAllowedException
     *             if the {@linkplain #getPathPolicy() policy} refuses it
     */
    public Path resolveInput(String path) throws PathNotAllowedException {
        return paths.checkInput(path);
    }

    /**
     * Resolves a path naming an output (file or folder), including one computed while executing: relative paths are
     * taken from the output folder.
     *
     * @throws PathNotAllowedException
     *             if the {@linkplain #getPathPolicy() policy} refuses it
     */
    public Path resolveOutput(String path) throws PathNotAllowedException {
        return paths.checkOutput(path);
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
