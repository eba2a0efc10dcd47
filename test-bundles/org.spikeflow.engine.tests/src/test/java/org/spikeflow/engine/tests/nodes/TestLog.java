package org.spikeflow.engine.tests.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** Shared state through which test nodes report what they did. Reset before each test. */
public final class TestLog {
    private static final List<String> EVENTS = new ArrayList<>();
    private static final Map<String, CountDownLatch> LATCHES = new ConcurrentHashMap<>();

    private TestLog() {
    }

    public static synchronized void add(String event) {
        EVENTS.add(event);
    }

    public static synchronized List<String> events() {
        return List.copyOf(EVENTS);
    }

    public static synchronized void clear() {
        EVENTS.clear();
        LATCHES.clear();
    }

    /** A latch shared by name, created with the given count on first use. */
    public static CountDownLatch latch(String name, int count) {
        return LATCHES.computeIfAbsent(name, n -> new CountDownLatch(count));
    }
}
