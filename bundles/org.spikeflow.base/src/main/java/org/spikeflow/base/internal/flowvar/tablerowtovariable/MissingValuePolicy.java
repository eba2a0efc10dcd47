package org.spikeflow.base.internal.flowvar.tablerowtovariable;

/** What Table Row to Variable does with a missing cell. */
public enum MissingValuePolicy {
    /** Fail, naming the column and the row. */
    FAIL,
    /** Create no variable for that column. */
    SKIP
}
