/*
 * Copyright (c) 2026, The Spikeflow authors. BSD-3-Clause, see LICENSE.
 */
package org.spikeflow.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the launcher runs start-up tasks in parallel: only if a core is likely idle (Linux's /proc/loadavg format). */
class IdleCoreTest {

    @TempDir
    Path folder;

    private Path loadAverage(String text) throws IOException {
        return Files.writeString(folder.resolve("loadavg"), text);
    }

    @Test
    void aQuietTwoCoreMachineHasAnIdleCore() throws IOException {
        assertTrue(Main.idleCoreLikely(loadAverage("0.52 0.40 0.31 1/245 12345\n"), 2));
        assertTrue(Main.idleCoreLikely(loadAverage("1.00 0.40 0.31 1/245 12345\n"), 2));
    }

    @Test
    void aBusyMachineHasNone() throws IOException {
        assertFalse(Main.idleCoreLikely(loadAverage("1.01 0.40 0.31 3/245 12345\n"), 2));
        assertFalse(Main.idleCoreLikely(loadAverage("11.70 12.01 10.75 9/310 4242\n"), 2));
        assertTrue(Main.idleCoreLikely(loadAverage("11.70 12.01 10.75 9/310 4242\n"), 16));
    }

    @Test
    void oneCoreIsNeverIdleForASecondThread() throws IOException {
        assertFalse(Main.idleCoreLikely(loadAverage("0.00 0.00 0.00 1/100 1\n"), 1));
        assertFalse(Main.idleCoreLikely(folder.resolve("missing"), 1));
    }

    @Test
    void withoutALoadAverageSeveralCoresCountAsIdle() throws IOException {
        assertTrue(Main.idleCoreLikely(folder.resolve("missing"), 4));
        assertTrue(Main.idleCoreLikely(loadAverage("not a number"), 4));
    }
}
