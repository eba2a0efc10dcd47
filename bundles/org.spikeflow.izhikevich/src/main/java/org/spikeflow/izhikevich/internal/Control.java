package org.spikeflow.izhikevich.internal;

/** Cancellation flag shared by the workers of one run. */
public final class Control {
    private volatile boolean cancelled;

    public boolean cancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
    }

    /** Checked every this many steps inside long loops. */
    public static final long CHECK_MASK = 8191;
}
