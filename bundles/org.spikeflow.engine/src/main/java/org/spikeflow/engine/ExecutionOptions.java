package org.spikeflow.engine;

import java.nio.file.Path;

/**
 * How to execute a workflow.
 *
 * @param threads how many nodes may run at once (independent branches run in parallel), at least 1
 * @param outputDirectory where relative output paths resolve; null for the workflow's folder
 * @param spillThresholdBytes tables larger than this are moved out of the heap into memory-mapped files once their
 *            node has executed; negative to keep everything in memory
 */
public record ExecutionOptions(int threads, Path outputDirectory, long spillThresholdBytes) {
    public static final long DEFAULT_SPILL_THRESHOLD = 256L << 20;

    public ExecutionOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public static ExecutionOptions defaults() {
        return new ExecutionOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), null, DEFAULT_SPILL_THRESHOLD);
    }

    public ExecutionOptions withThreads(int count) {
        return new ExecutionOptions(count, outputDirectory, spillThresholdBytes);
    }

    public ExecutionOptions withOutputDirectory(Path directory) {
        return new ExecutionOptions(threads, directory, spillThresholdBytes);
    }

    public ExecutionOptions withSpillThreshold(long bytes) {
        return new ExecutionOptions(threads, outputDirectory, bytes);
    }
}
