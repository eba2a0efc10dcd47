package org.spikeflow.batch.internal;

import java.util.function.LongSupplier;

/**
 * Limits how many progress lines are printed: a burst at first (short workflows show every step), then at most
 * {@code perSecond} lines a second (a loop of 100,000 iterations must not write megabytes of "executing" lines). A
 * token bucket; lines beyond it are counted, so the next printed line can say how many were skipped.
 */
final class LineThrottle {
    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;
    private long skipped;

    LineThrottle(int burst, double perSecond, LongSupplier nanoClock) {
        this.capacity = burst;
        this.perNano = perSecond / 1e9;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.last = nanoClock.getAsLong();
    }

    /** @return whether a line may be printed now; if not, it is counted as skipped */
    synchronized boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        skipped++;
        return false;
    }

    /** @return lines skipped since the last call, and resets the count */
    synchronized long takeSkipped() {
        long count = skipped;
        skipped = 0;
        return count;
    }
}
