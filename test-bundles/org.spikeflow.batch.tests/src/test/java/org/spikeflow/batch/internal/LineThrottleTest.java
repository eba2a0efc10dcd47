package org.spikeflow.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The progress line throttle of {@code spikeflow run}. */
class LineThrottleTest {
    @Test
    void theThrottleAllowsABurstThenAFewLinesPerSecond() {
        AtomicLong now = new AtomicLong();
        LineThrottle throttle = new LineThrottle(40, 4, now::get);
        int printed = 0;
        for (int i = 0; i < 1000; i++) {
            printed += throttle.tryAcquire() ? 1 : 0;
        }
        assertEquals(40, printed, "the burst, then nothing within the same instant");
        assertEquals(960, throttle.takeSkipped());
        assertEquals(0, throttle.takeSkipped());
        // ten simulated seconds of 1000 events each: 4 lines a second
        printed = 0;
        for (int second = 0; second < 10; second++) {
            for (int i = 0; i < 1000; i++) {
                now.addAndGet(1_000_000); // 1 ms
                printed += throttle.tryAcquire() ? 1 : 0;
            }
        }
        // 4 a second for 10 s; the tokens are summed in floating point, so the 40th may land a hair after the end
        assertTrue(printed >= 39 && printed <= 40, printed + " lines");
        // after a quiet minute the burst is back, but not more
        now.addAndGet(60_000_000_000L);
        printed = 0;
        for (int i = 0; i < 100; i++) {
            printed += throttle.tryAcquire() ? 1 : 0;
        }
        assertEquals(40, printed);
        assertFalse(throttle.tryAcquire());
        assertTrue(throttle.takeSkipped() > 0);
    }
}
