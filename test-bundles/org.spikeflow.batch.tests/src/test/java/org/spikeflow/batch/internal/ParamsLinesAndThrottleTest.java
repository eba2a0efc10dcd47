package org.spikeflow.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: line counting of --params as the reader splits lines; the progress line throttle. */
class ParamsLinesAndThrottleTest {
    @TempDir
    Path temp;

    private long rows(String content) throws Exception {
        Path file = temp.resolve("p.csv");
        Files.writeString(file, content);
        return ParamsCsv.open(file).maxRows();
    }

    @Test
    void rowsAreCountedAtLfCrAndCrlfWithoutBlankLines() throws Exception {
        String header = "a,b,c,d,I";
        String row = "0.02,0.2,-65,8,10";
        assertEquals(2, rows(header + "\n" + row + "\n" + row + "\n"));
        assertEquals(2, rows(header + "\r" + row + "\r" + row + "\r"), "old Mac line endings");
        assertEquals(2, rows(header + "\r\n" + row + "\r\n" + row), "Windows, no final line break");
        assertEquals(2, rows(header + "\n\n" + row + "\n  \t\n\r\n" + row + "\n\n\n"), "blank lines are no neurons");
        Path file = temp.resolve("cr.csv");
        Files.writeString(file, header + "\r" + row + "\r\r" + row.replace("-65", "-50") + "\r");
        ParamsCsv.Table table = ParamsCsv.open(file).read();
        assertEquals(2, table.rows());
        assertEquals(-50, table.c()[1]);
    }

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
