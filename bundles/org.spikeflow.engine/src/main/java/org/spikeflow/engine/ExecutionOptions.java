package org.spikeflow.engine;

import java.nio.file.Path;

import org.spikeflow.core.io.PathPolicy;
import org.spikeflow.core.io.UserGrants;

/**
 * How to execute a workflow.
 *
 * @param threads
 *            how many nodes may run at once (independent branches run in parallel), at least 1
 * @param outputDirectory
 *            where relative output paths resolve; null for the workflow's folder
 * @param spillThresholdBytes
 *            tables larger than this are moved out of the heap into memory-mapped files once their node has executed;
 *            negative to keep everything in memory
 * @param grants
 *            what the user allows beyond the workflow's and the output folder (never taken from the file)
 */
public record ExecutionOptions(int threads, Path outputDirectory, long spillThresholdBytes, UserGrants grants) {
    public static final long DEFAULT_SPILL_THRESHOLD = 256L << 20;

    public ExecutionOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        grants = grants == null ? UserGrants.NONE : grants;
    }

    public ExecutionOptions(int threads, Path outputDirectory, long spillThresholdBytes) {
        this(threads, outputDirectory, spillThresholdBytes, UserGrants.NONE);
    }

    public static ExecutionOptions defaults() {
        return new ExecutionOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), null,
                DEFAULT_SPILL_THRESHOLD);
    }

    public ExecutionOptions withThreads(int count) {
        return new ExecutionOptions(count, outputDirectory, spillThresholdBytes, grants);
    }

    public ExecutionOptions withOutputDirectory(Path directory) {
        return new ExecutionOptions(threads, directory, spillThresholdBytes, grants);
    }

    public ExecutionOptions withSpillThreshold(long bytes) {
        return new ExecutionOptions(threads, outputDirectory, bytes, grants);
    }

    public ExecutionOptions withGrants(UserGrants userGrants) {
        return new ExecutionOptions(threads, outputDirectory, spillThresholdBytes, userGrants);
    }

    /**
     * Where a workflow in {@code workflowDirectory} may read and write under these options: inputs in its folder,
     * outputs in the output folder, both in the folders the user allowed.
     */
    public PathPolicy pathPolicy(Path workflowDirectory) {
        Path outputs = outputDirectory != null ? outputDirectory : workflowDirectory;
        return new PathPolicy(workflowDirectory, outputs, grants.allowedFolders(), grants.allowedLocations());
    }
}
