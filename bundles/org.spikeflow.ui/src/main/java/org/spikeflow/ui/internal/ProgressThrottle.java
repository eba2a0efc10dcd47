package org.spikeflow.ui.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Lets at most one progress event per node through every interval (the last one, 100 %, always passes). */
final class ProgressThrottle {
    private final long intervalNanos;
    private final Map<String, Long> lastSent = new ConcurrentHashMap<>();

    ProgressThrottle(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** Whether to send a progress event of {@code node} at time {@code nowNanos} (System.nanoTime). */
    boolean allow(String node, double fraction, long nowNanos) {
        Long last = lastSent.get(node);
        if (last != null && nowNanos - last < intervalNanos && !(fraction >= 1)) {
            return false;
        }
        lastSent.put(node, nowNanos);
        return true;
    }
}
