package org.spikeflow.spark;

/** A Spark job failed; the message says why (Spark's own message for errors on the cluster). */
public final class SparkJobException extends Exception {
    private static final long serialVersionUID = 1L;

    public SparkJobException(String message) {
        super(message);
    }
}
