// The open workflow as the page sees it: the server's snapshot, updated in place by live events.
// Pure functions only (unit-tested); the React layer keeps the result in state.
import type { ServerEvent, Snapshot, WfNode } from './types';

export const FLOW_PORT = 'flow';

/** Applies one server event to the snapshot; events of other workflows leave it unchanged (same object). */
export function applyEvent(snapshot: Snapshot, event: ServerEvent): Snapshot {
  if (event.workflow !== snapshot.id) return snapshot;
  switch (event.type) {
    case 'nodeState':
      return updateNode(snapshot, event.node, (n) => ({
        ...n,
        state: event.state,
        messages: event.messages ?? [],
        executionMillis: event.executionMillis ?? null,
        // a node that stopped running has no progress; a node that starts running starts empty
        progress: event.state === 'executing' ? n.progress : null,
        iteration: event.state === 'idle' || event.state === 'configured' ? null : n.iteration,
      }));
    case 'progress':
      return updateNode(snapshot, event.node, (n) => ({
        ...n,
        progress: { fraction: event.fraction, message: event.message },
      }));
    case 'loopIteration': {
      // the iteration is shown on both members of the pair
      const node = snapshot.nodes.find((n) => n.id === event.node);
      const partner = node?.loopPartner;
      let next = updateNode(snapshot, event.node, (n) => ({ ...n, iteration: event.iteration }));
      if (partner) next = updateNode(next, partner, (n) => ({ ...n, iteration: event.iteration }));
      return next;
    }
    case 'workflowChanged':
      return {
        ...snapshot,
        dirty: event.dirty,
        canUndo: event.canUndo,
        canRedo: event.canRedo,
        undoLabel: event.undoLabel !== undefined ? event.undoLabel : snapshot.undoLabel,
        redoLabel: event.redoLabel !== undefined ? event.redoLabel : snapshot.redoLabel,
      };
    case 'executionFinished':
      return { ...snapshot, executing: false };
    default:
      return snapshot;
  }
}

function updateNode(snapshot: Snapshot, id: string, f: (n: WfNode) => WfNode): Snapshot {
  const index = snapshot.nodes.findIndex((n) => n.id === id);
  if (index < 0) return snapshot;
  const nodes = snapshot.nodes.slice();
  nodes[index] = f(nodes[index]);
  return { ...snapshot, nodes };
}

/** True when a workflowChanged event says something the snapshot does not know yet (another tab edited it). */
export function needsRefresh(snapshot: Snapshot, event: ServerEvent): boolean {
  return (
    event.type === 'workflowChanged' &&
    event.workflow === snapshot.id &&
    (event.canUndo !== snapshot.canUndo || event.canRedo !== snapshot.canRedo ||
      (event.undoLabel !== undefined && event.undoLabel !== snapshot.undoLabel))
  );
}

/** Splits a connection end "node:port" (the port is a number or "flow"). */
export function parseEnd(end: string): { node: string; port: number | typeof FLOW_PORT } {
  const i = end.lastIndexOf(':');
  const port = end.slice(i + 1);
  return { node: end.slice(0, i), port: port === FLOW_PORT ? FLOW_PORT : Number(port) };
}

export function endId(node: string, port: number | string): string {
  return `${node}:${port}`;
}

/** The traffic light of a node, as KNIME draws it. */
export function trafficLight(node: WfNode): 'red' | 'yellow' | 'green' | 'failed' | 'running' | 'queued' {
  switch (node.state) {
    case 'configured': return 'yellow';
    case 'executed': return 'green';
    case 'failed': return 'failed';
    case 'executing': return 'running';
    case 'queued': return 'queued';
    default: return 'red';
  }
}

/** Human form of an execution time: 850 ms, 12.3 s, 2 min 5 s. */
export function formatMillis(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const min = Math.floor(ms / 60_000);
  return `${min} min ${Math.round((ms - min * 60_000) / 1000)} s`;
}

/** Tooltip of the Undo / Redo buttons: the label of the command they would revert / repeat. */
export function historyTitle(kind: 'Undo' | 'Redo', label: string | null, enabled: boolean): string {
  const keys = kind === 'Undo' ? 'Ctrl+Z' : 'Ctrl+Shift+Z';
  if (!enabled) return `Nothing to ${kind.toLowerCase()}`;
  return label ? `${kind} ${label} (${keys})` : `${kind} (${keys})`;
}
