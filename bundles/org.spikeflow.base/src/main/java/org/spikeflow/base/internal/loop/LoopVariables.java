package org.spikeflow.base.internal.loop;

/** Names of the flow variables the loop nodes push and read. */
public final class LoopVariables {
    /** The 0-based number of the running iteration, pushed by every loop start. */
    public static final String CURRENT_ITERATION = "currentIteration";

    /** The total number of iterations, pushed by loop starts that know it. */
    public static final String MAX_ITERATIONS = "maxIterations";

    /** Default name of the column that loop ends add to tell the iterations apart. */
    public static final String ITERATION_COLUMN = "Iteration";

    private LoopVariables() {
    }
}
