package org.spikeflow.core.node;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress reporting and cooperative cancellation for one node's execution. Long loops should call
 * {@link #checkCanceled()} regularly. Sub-progress monitors map their own 0..1 range onto a share of the parent's.
 */
public class ExecutionMonitor {
    private final ExecutionMonitor parent;
    private final ProgressListener listener;
    private final AtomicBoolean canceled;
    private final double parentStart;
    private final double parentShare;
    private volatile double progress;
    private volatile String message;

    /** A root monitor. */
    public ExecutionMonitor(ProgressListener listener, AtomicBoolean canceled) {
        this(null, listener, canceled, 0, 1);
    }

    protected ExecutionMonitor(ExecutionMonitor parent, ProgressListener listener, AtomicBoolean canceled,
            double parentStart, double parentShare) {
        this.parent = parent;
        this.listener = listener;
        this.canceled = canceled;
        this.parentStart = parentStart;
        this.parentShare = parentShare;
    }

    /** A monitor for a part of this task that makes up {@code fraction} of it, starting at the current progress. */
    public ExecutionMonitor createSubProgress(double fraction) {
        return new ExecutionMonitor(this, null, canceled, progress, clampShare(fraction));
    }

    protected static double clampShare(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }

    protected final double currentProgress() {
        return progress;
    }

    protected final AtomicBoolean cancelFlag() {
        return canceled;
    }

    /** Sets progress in [0, 1]. */
    public void setProgress(double fraction) {
        setProgress(fraction, null);
    }

    /** Sets progress in [0, 1] and a message (null keeps the previous message). */
    public void setProgress(double fraction, String newMessage) {
        progress = Math.max(0, Math.min(1, fraction));
        if (newMessage != null) {
            message = newMessage;
        }
        report(progress, message);
    }

    public void setMessage(String newMessage) {
        message = newMessage;
        report(progress, message);
    }

    public double getProgress() {
        return progress;
    }

    public String getMessage() {
        return message;
    }

    private void report(double ownProgress, String ownMessage) {
        if (parent != null) {
            parent.progress = Math.min(1, parentStart + ownProgress * parentShare);
            parent.report(parent.progress, ownMessage != null ? ownMessage : parent.message);
        } else if (listener != null) {
            listener.progressChanged(ownProgress, ownMessage);
        }
    }

    public boolean isCanceled() {
        return canceled.get();
    }

    /**
     * @throws CanceledExecutionException
     *             if execution was cancelled
     */
    public void checkCanceled() throws CanceledExecutionException {
        if (canceled.get()) {
            throw new CanceledExecutionException();
        }
    }
}
