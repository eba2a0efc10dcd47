package org.spikeflow.ui.internal;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads /api/events in a background thread, parsing the SSE fields into events. */
final class EventStream implements AutoCloseable {
    record Event(long id, String type, JsonNode data) {
    }

    final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    final HttpResponse<InputStream> response;
    private final Thread reader;

    EventStream(TestServer test, String lastEventId) throws Exception {
        HttpRequest.Builder request = test.authorized("/api/events").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = test.client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        reader = new Thread(this::read, "test-sse");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            long id = -1;
            String type = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (type != null) {
                        events.add(new Event(id, type, Json.MAPPER.readTree(data.toString())));
                    }
                    id = -1;
                    type = null;
                    data.setLength(0);
                } else if (line.startsWith("id: ")) {
                    id = Long.parseLong(line.substring(4));
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (Exception e) {
            // stream closed
        }
    }

    /** Events until one matches (bounded by a generous safety timeout, not a timed assertion). */
    Event await(Predicate<Event> wanted, List<Event> seen) throws InterruptedException {
        while (true) {
            Event event = events.poll(300, TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("No matching event; saw " + seen);
            }
            seen.add(event);
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            response.body().close();
        } catch (Exception e) {
            // ignore
        }
    }
}
