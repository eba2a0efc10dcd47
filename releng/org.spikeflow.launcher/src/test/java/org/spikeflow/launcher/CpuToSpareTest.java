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

/**
 * When the launcher runs start-up tasks in parallel: only if the load average (Linux's /proc/loadavg format) is at most
 * the number of cores.
 */
class CpuToSpareTest {

    @TempDir
    Path folder;

    private Path loadAverage(String text) throws IOException {
        return Files.writeString(folder.resolve("loadavg"), text);
    }

    @Test
    void aQuietOrModeratelyLoadedTwoCoreMachineHasCpuToSpare() throws IOException {
        assertTrue(Main.cpuToSpare(loadAverage("0.52 0.40 0.31 1/245 12345\n"), 2));
        assertTrue(Main.cpuToSpare(loadAverage("1.79 3.35 5.11 2/245 12345\n"), 2));
        assertTrue(Main.cpuToSpare(loadAverage("2.00 0.40 0.31 1/245 12345\n"), 2));
    }

    @Test
    void aBusyMachineHasNone() throws IOException {
        assertFalse(Main.cpuToSpare(loadAverage("2.01 0.40 0.31 3/245 12345\n"), 2));
        assertFalse(Main.cpuToSpare(loadAverage("11.70 12.01 10.75 9/310 4242\n"), 2));
        assertTrue(Main.cpuToSpare(loadAverage("11.70 12.01 10.75 9/310 4242\n"), 16));
    }

    @Test
    void oneCoreHasNoneForASecondThread() throws IOException {
        assertFalse(Main.cpuToSpare(loadAverage("0.00 0.00 0.00 1/100 1\n"), 1));
        assertFalse(Main.cpuToSpare(folder.resolve("missing"), 1));
    }

    @Test
    void withoutALoadAverageSeveralCoresCount() throws IOException {
        assertTrue(Main.cpuToSpare(folder.resolve("missing"), 4));
        assertTrue(Main.cpuToSpare(loadAverage("not a number"), 4));
    }
}
