package org.spikeflow.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Live events for the pages: numbered, kept in a ring buffer so a page that reconnects with {@code Last-Event-ID} gets
 * what it missed (or {@code resync} when that fell out of the buffer).
 */
final class EventBus {
    /** One event: its sequence number, type ({@code nodeState}, ...) and JSON data. */
    record Event(long id, String type, ObjectNode data) {
    }

    /**
     * What a reader gets: the events after its last id; or {@code resync} when events it missed are gone (it must
     * reload its state and continue after {@code lastId}); or {@code closed} at shutdown.
     */
    record Batch(List<Event> events, boolean resync, boolean closed, long lastId) {
    }

    private final int capacity;
    private final Deque<Event> buffer = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private long lastId;
    private boolean closed;

    EventBus(int capacity) {
        this.capacity = capacity;
    }

    void publish(String type, ObjectNode data) {
        lock.lock();
        try {
            buffer.addLast(new Event(++lastId, type, data));
            while (buffer.size() > capacity) {
                buffer.removeFirst();
            }
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long lastId() {
        lock.lock();
        try {
            return lastId;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The events after {@code afterId}, waiting up to {@code timeoutMillis} for one (an empty batch means: send a
     * keepalive).
     */
    Batch await(long afterId, long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            long oldest = buffer.isEmpty() ? lastId + 1 : buffer.peekFirst().id();
            // An id from before this server started, or one whose successors left the buffer.
            if (afterId > lastId || afterId + 1 < oldest) {
                return new Batch(List.of(), true, closed, lastId);
            }
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (!closed && lastId <= afterId && nanos > 0) {
                nanos = arrived.awaitNanos(nanos);
            }
            if (closed) {
                return new Batch(List.of(), false, true, lastId);
            }
            if (!buffer.isEmpty() && afterId + 1 < buffer.peekFirst().id()) {
                return new Batch(List.of(), true, false, lastId); // more arrived while waiting than the buffer holds
            }
            List<Event> events = new ArrayList<>();
            for (Event event : buffer) {
                if (event.id() > afterId) {
                    events.add(event);
                }
            }
            return new Batch(events, false, false, lastId);
        } finally {
            lock.unlock();
        }
    }

    /** Wakes and ends every reader (server shutdown). */
    void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
