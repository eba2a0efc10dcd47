package org.spikeflow.core.batch;

/** Exit codes of the batch runner, as KNIME's batch application uses them. */
public final class BatchExitCodes {
    public static final int SUCCESS = 0;
    public static final int SUCCESS_WITH_WARNINGS = 1;
    public static final int BAD_COMMAND_LINE = 2;
    public static final int LOAD_FAILED = 3;
    public static final int EXECUTION_FAILED = 4;

    private BatchExitCodes() {
    }
}
