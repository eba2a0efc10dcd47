package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** At most 10 progress events per second per node; completion always gets through (times are given, not waited). */
class ProgressThrottleTest {
    private static final long MS = 1_000_000L;

    @Test
    void oneEventPerIntervalPerNode() {
        ProgressThrottle throttle = new ProgressThrottle(100 * MS);
        assertTrue(throttle.allow("a", 0.1, 0));
        assertFalse(throttle.allow("a", 0.2, 50 * MS));
        assertTrue(throttle.allow("b", 0.2, 50 * MS), "nodes are throttled separately");
        assertTrue(throttle.allow("a", 0.3, 100 * MS));
        assertFalse(throttle.allow("a", 0.4, 199 * MS));
        assertTrue(throttle.allow("a", 1.0, 120 * MS), "100 % always passes");
        int sent = 0;
        for (long t = 1000 * MS; t < 2000 * MS; t += MS) {
            if (throttle.allow("c", 0.5, t)) {
                sent++;
            }
        }
        assertTrue(sent <= 10, "events in one second: " + sent);
    }
}
