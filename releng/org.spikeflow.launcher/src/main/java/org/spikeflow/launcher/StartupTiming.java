/*
 * Copyright (c) 2026, The Spikeflow authors. BSD-3-Clause, see LICENSE.
 */
package org.spikeflow.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The start-up breakdown that {@code spikeflow --timing COMMAND} prints on stderr: how long the JVM, the framework, the
 * bundles, the DS components and the command took, and the slowest bundle starts. <p> Phases are marked in order with
 * {@link #mark}; each phase lasts from the previous mark. The JVM's own start is read only when the breakdown is
 * printed, so a run without {@code --timing} pays nothing but a few clock reads.
 */
final class StartupTiming {

    /** Launcher option (anywhere in the arguments) that prints the breakdown. */
    static final String OPTION = "--timing";

    /**
     * System property a command may set to the wall-clock millisecond its real work began (for {@code run}: the first
     * node executing); the command phase is then split there.
     */
    static final String FIRST_WORK_PROPERTY = "spikeflow.timing.firstWorkMillis";

    /** System property: when the {@code spikeflow} script started, in seconds since the epoch (bash 5+). */
    static final String LAUNCHED_PROPERTY = "spikeflow.timing.launched";

    /** System property that tells commands that the breakdown was asked for. */
    static final String ENABLED_PROPERTY = "spikeflow.timing";

    private static final int SLOWEST_BUNDLES = 3;

    private final boolean enabled;

    private final long mainMillis = System.currentTimeMillis();

    private long lastNanos = System.nanoTime();

    private final List<String> phases = new ArrayList<>();

    private final List<Long> durations = new ArrayList<>();

    /** Process CPU time (all threads: JIT, GC, ...) at each mark: on a busy machine it varies less than wall time. */
    private final List<Long> cpuMillis = new ArrayList<>();

    private final List<String> bundleNames = new ArrayList<>();

    private final List<Long> bundleNanos = new ArrayList<>();

    private String startingBundle;

    /** Start-up tasks that ran on their own thread: bundle name, start and end (wall-clock ms). */
    private final List<Object[]> backgroundTasks = java.util.Collections.synchronizedList(new ArrayList<>());

    private long startingNanos;

    StartupTiming(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    /** Ends the current phase under this name. */
    void mark(String phase) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        phases.add(phase);
        durations.add(now - lastNanos);
        cpuMillis.add(cpuMillis());
        lastNanos = now;
    }

    /**
     * Notes that a bundle starts (null: no more bundles); the previous one is charged the time since it started.
     */
    void bundleStarting(String name) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (startingBundle != null) {
            bundleNames.add(startingBundle);
            bundleNanos.add(now - startingNanos);
        }
        startingBundle = name;
        startingNanos = now;
    }

    /** Lines printed after the breakdown. */
    private final List<String> notes = new ArrayList<>();

    /** Adds a line to the breakdown. */
    void note(String line) {
        if (enabled) {
            notes.add(line);
        }
    }

    /** Notes a start-up task that ran in parallel with the framework's start (from nanoTime values). */
    void backgroundTask(String bundle, long startNanos, long endNanos) {
        if (!enabled) {
            return;
        }
        long nowMillis = System.currentTimeMillis();
        long nowNanos = System.nanoTime();
        backgroundTasks.add(new Object[] {bundle, nowMillis - (nowNanos - startNanos) / 1_000_000,
                nowMillis - (nowNanos - endNanos) / 1_000_000});
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    }

    /**
     * When the {@code spikeflow} script started (bash 5's {@code EPOCHREALTIME}, passed as {@link #LAUNCHED_PROPERTY}),
     * or 0. The process start time the OS reports is no substitute: Linux derives it from the boot time in whole
     * seconds, which put up to a second too much into this phase.
     */
    private static long launchedMillis() {
        String value = System.getProperty(LAUNCHED_PROPERTY);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return (long) (Double.parseDouble(value.replace(',', '.')) * 1000); // the locale's radix character
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** When the JVM was created (excludes the script), as the JVM itself recorded it. */
    private long jvmStartMillis() {
        try {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        } catch (LinkageError | RuntimeException e) { // a runtime without java.management
            return mainMillis;
        }
    }

    /** Prints the breakdown: phases in order, the total from JVM start, and the slowest bundle starts. */
    void print(PrintStream err) {
        if (!enabled) {
            return;
        }
        long launched = launchedMillis();
        long jvmStart = launched > 0 ? launched : jvmStartMillis();
        StringBuilder line = new StringBuilder("Timing (ms): ")
                .append(launched > 0 ? "script + JVM start " : "JVM start ")
                .append(Math.max(0, mainMillis - jvmStart));
        long total = mainMillis - jvmStart;
        for (int i = 0; i < phases.size(); i++) {
            long ms = durations.get(i) / 1_000_000;
            total += ms;
            line.append(" | ").append(phases.get(i)).append(' ').append(ms);
        }
        line.append(" | total ").append(total);
        String firstWork = System.getProperty(FIRST_WORK_PROPERTY);
        if (firstWork != null) {
            try {
                long millis = Long.parseLong(firstWork);
                if (millis > 0) {
                    line.append(" | first node executing at ").append(millis - jvmStart);
                }
            } catch (NumberFormatException e) {
                // a command wrote something else: leave the split out
            }
        }
        err.println(line);
        StringBuilder cpu = new StringBuilder("CPU time (ms, all threads) at each mark:");
        for (int i = 0; i < phases.size(); i++) {
            cpu.append(' ').append(phases.get(i)).append(' ').append(cpuMillis.get(i)).append(i + 1 < phases.size()
                    ? ","
                    : "");
        }
        err.println(cpu);
        synchronized (backgroundTasks) {
            if (!backgroundTasks.isEmpty()) {
                StringBuilder tasks = new StringBuilder("Start-up tasks in parallel (from-to, ms on the same clock):");
                for (Object[] task : backgroundTasks) {
                    tasks.append(' ').append(task[0]).append(' ').append((long) task[1] - jvmStart).append('-')
                            .append((long) task[2] - jvmStart);
                }
                err.println(tasks);
            }
        }
        notes.forEach(err::println);
        if (!bundleNames.isEmpty()) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < bundleNames.size(); i++) {
                order.add(i);
            }
            order.sort((x, y) -> Long.compare(bundleNanos.get(y), bundleNanos.get(x)));
            StringBuilder slow = new StringBuilder("Slowest bundle starts (ms, incl. their DS components):");
            for (int i = 0; i < Math.min(SLOWEST_BUNDLES, order.size()); i++) {
                int k = order.get(i);
                slow.append(String.format(Locale.ROOT, " %s %.0f", bundleNames.get(k), bundleNanos.get(k) / 1e6));
            }
            err.println(slow);
        }
    }
}
