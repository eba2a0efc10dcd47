// Port-type checks done in the page before a connect command is sent (the server checks again).
import type { Connection, Port, PortType, Snapshot } from './types';
import { FLOW_PORT, parseEnd } from './workflowState';

export type ConnectCheck = { ok: true } | { ok: false; message: string };

/** Whether an output of type `from` may feed an input of type `to`. */
export function typesConnectable(from: string, to: string, portTypes: PortType[]): boolean {
  if (from === to) return true;
  const t = portTypes.find((p) => p.id === from);
  return !!t && t.connectableTo.includes(to);
}

function portName(portTypes: PortType[], port: Port): string {
  return port.typeName || portTypes.find((p) => p.id === port.type)?.name || port.type;
}

/**
 * Checks a connection from `source` ("node:port") to `target` ("node:port") against the snapshot:
 * no self-loops, flow-variable ports only to each other, port types compatible, no cycle.
 */
export function checkConnection(snapshot: Snapshot, source: string, target: string, portTypes: PortType[]): ConnectCheck {
  const s = parseEnd(source);
  const t = parseEnd(target);
  if (s.node === t.node) return { ok: false, message: 'A node cannot be connected to itself.' };
  const from = snapshot.nodes.find((n) => n.id === s.node);
  const to = snapshot.nodes.find((n) => n.id === t.node);
  if (!from || !to) return { ok: false, message: 'Unknown node.' };
  if (s.port === FLOW_PORT || t.port === FLOW_PORT) {
    if (s.port !== t.port) return { ok: false, message: 'Flow-variable ports connect only to flow-variable ports.' };
  } else {
    const out = from.outPorts[s.port];
    const inp = to.inPorts[t.port];
    if (!out || !inp) return { ok: false, message: 'Unknown port.' };
    if (!typesConnectable(out.type, inp.type, portTypes)) {
      return {
        ok: false,
        message: `Incompatible ports: ${nodeTitle(from)} outputs ${portName(portTypes, out)}, ` +
          `${nodeTitle(to)} expects ${portName(portTypes, inp)} at "${inp.name}".`,
      };
    }
  }
  if (reaches(snapshot.connections, t.node, s.node)) {
    return { ok: false, message: 'This connection would create a cycle (use a loop start/end pair for loops).' };
  }
  return { ok: true };
}

export function nodeTitle(n: { label: string | null; name: string; id: string }): string {
  return n.label || n.name || n.id;
}

/** True if `to` can be reached from `from` following connections downstream. */
export function reaches(connections: Connection[], from: string, to: string): boolean {
  const next = new Map<string, string[]>();
  for (const c of connections) {
    const a = parseEnd(c.from).node;
    const b = parseEnd(c.to).node;
    (next.get(a) ?? next.set(a, []).get(a)!).push(b);
  }
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === to) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    stack.push(...(next.get(n) ?? []));
  }
  return false;
}
