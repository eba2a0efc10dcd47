package org.spikeflow.izhikevich.internal;

import java.util.concurrent.CancellationException;

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

    /** Throws a {@link CancellationException} when cancelled, looking at the flag once every CHECK_MASK+1 steps. */
    public void check(long step) {
        if ((step & CHECK_MASK) == 0 && cancelled) {
            throw new CancellationException("simulation cancelled");
        }
    }
}
