// The live event stream (/api/events) with resume: the last seen id goes into the reconnect URL, so a page that
// lost its connection receives what it missed (or a "resync" telling it to refetch the snapshot).
import type { ServerEvent } from './types';

export const EVENT_TYPES = ['nodeState', 'progress', 'loopIteration', 'workflowChanged', 'executionFinished'] as const;

export function eventsUrl(lastEventId: string | null): string {
  return lastEventId ? `/api/events?lastEventId=${encodeURIComponent(lastEventId)}` : '/api/events';
}

/** Parses one SSE message into a typed event (null if the data is not JSON). */
export function parseEvent(type: string, data: string): ServerEvent | null {
  try {
    return { ...(JSON.parse(data) as object), type } as ServerEvent;
  } catch {
    return null;
  }
}

export interface EventStreamHandlers {
  onEvent(e: ServerEvent): void;
  onResync(): void;
  onStatus(connected: boolean): void;
}

type EventSourceLike = {
  addEventListener(type: string, l: (e: MessageEvent) => void): void;
  close(): void;
  onerror: ((e: Event) => void) | null;
  onopen: ((e: Event) => void) | null;
};

/**
 * Connects and keeps connected. After an error the browser's own retry sends Last-Event-ID; if the source closed
 * for good we reopen it ourselves with ?lastEventId= after a short delay.
 */
export function connectEvents(h: EventStreamHandlers, create: (url: string) => EventSourceLike = (u) => new EventSource(u) as any): () => void {
  let lastId: string | null = null;
  let source: EventSourceLike | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    source = create(eventsUrl(lastId));
    source.onopen = () => h.onStatus(true);
    source.onerror = () => {
      h.onStatus(false);
      if ((source as any)?.readyState === 2 && !stopped) {
        source?.close();
        timer = setTimeout(open, 1000);
      }
    };
    for (const t of EVENT_TYPES) {
      source.addEventListener(t, (m: MessageEvent) => {
        if (m.lastEventId) lastId = m.lastEventId;
        const e = parseEvent(t, m.data);
        if (e) h.onEvent(e);
      });
    }
    source.addEventListener('resync', (m: MessageEvent) => {
      if (m.lastEventId) lastId = m.lastEventId;
      h.onResync();
    });
  };
  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
