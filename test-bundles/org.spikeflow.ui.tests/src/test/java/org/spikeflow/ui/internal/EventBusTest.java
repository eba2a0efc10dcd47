package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Resuming from Last-Event-ID out of the ring buffer, and resync when the id fell out of it. */
class EventBusTest {
    @Test
    void resumesAfterTheLastSeenEvent() throws Exception {
        EventBus bus = new EventBus(10);
        for (int i = 0; i < 5; i++) {
            bus.publish("nodeState", Json.object().put("i", i));
        }
        EventBus.Batch batch = bus.await(2, 0);
        assertFalse(batch.resync());
        assertEquals(List.of(3L, 4L, 5L), batch.events().stream().map(EventBus.Event::id).toList());
        assertEquals(2, batch.events().get(0).data().path("i").asInt(), "event 3 is the third published (i = 2)");
    }

    @Test
    void resyncWhenMissedEventsLeftTheBuffer() throws Exception {
        EventBus bus = new EventBus(3);
        for (int i = 0; i < 10; i++) {
            bus.publish("progress", Json.object());
        }
        EventBus.Batch tooOld = bus.await(2, 0);
        assertTrue(tooOld.resync());
        assertEquals(10, tooOld.lastId());
        assertTrue(bus.await(7, 0).events().size() == 3 && !bus.await(7, 0).resync());
        assertTrue(bus.await(99, 0).resync(), "an id from another server run");
    }

    @Test
    void aReaderWithNothingNewGetsAnEmptyBatchForAKeepalive() throws Exception {
        EventBus bus = new EventBus(3);
        bus.publish("progress", Json.object());
        EventBus.Batch batch = bus.await(1, 1);
        assertTrue(batch.events().isEmpty());
        assertFalse(batch.resync() || batch.closed());
        bus.close();
        assertTrue(bus.await(1, 1000).closed());
    }
}
