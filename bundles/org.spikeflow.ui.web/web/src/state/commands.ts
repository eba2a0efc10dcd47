// Builds the commands sent to POST /api/workflows/{wid}/commands. Each command is one undo entry on the server,
// and its label is what the Undo/Redo buttons show.
import type { Annotation, Command, Connection, Fragment, NodeDescription, Snapshot } from './types';
import { endId, parseEnd } from './workflowState';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A node id not used in the workflow, from the last segment of the type (as the engine names them). */
export function newNodeId(type: string, existing: Iterable<string>): string {
  const taken = new Set(existing);
  const base = (type.split('.').pop() || 'node').replace(/[^A-Za-z0-9_-]/g, '').toLowerCase() || 'node';
  for (let i = 1; ; i++) {
    const id = `${base}${i}`;
    if (!taken.has(id)) return id;
  }
}

export function addNode(desc: NodeDescription, x: number, y: number, id: string): Command {
  return { label: `Add ${desc.name}`, ops: [{ op: 'addNode', type: desc.type, id, x: Math.round(x), y: Math.round(y) }] };
}

export function moveNodes(moves: { id: string; x: number; y: number }[], label?: string): Command {
  const rounded = moves.map((m) => ({ id: m.id, x: Math.round(m.x), y: Math.round(m.y) }));
  return { label: label ?? (moves.length === 1 ? 'Move node' : `Move ${plural(moves.length, 'node')}`), ops: [{ op: 'moveNodes', moves: rounded }] };
}

/** Deletes nodes (their connections go with them), annotations and loose connections in one entry. */
export function deleteSelection(nodeIds: string[], annotationIds: string[], connections: Connection[]): Command | null {
  const ops: Command['ops'] = [];
  const nodes = new Set(nodeIds);
  const loose = connections.filter((c) => !nodes.has(parseEnd(c.from).node) && !nodes.has(parseEnd(c.to).node));
  for (const c of loose) ops.push({ op: 'disconnect', from: c.from, to: c.to });
  if (nodeIds.length) ops.push({ op: 'removeNodes', ids: nodeIds });
  if (annotationIds.length) ops.push({ op: 'removeAnnotations', ids: annotationIds });
  if (!ops.length) return null;
  const parts: string[] = [];
  if (nodeIds.length) parts.push(plural(nodeIds.length, 'node'));
  if (annotationIds.length) parts.push(plural(annotationIds.length, 'annotation'));
  if (loose.length) parts.push(plural(loose.length, 'connection'));
  return { label: `Delete ${parts.join(', ')}`, ops };
}

export function connect(from: string, to: string): Command {
  return { label: 'Connect', ops: [{ op: 'connect', from, to }] };
}

/**
 * Dropping a new node onto an edge: the node is added and spliced in, its first input taking the edge's source and
 * its first output feeding the edge's target. Returns null if the node has no such ports.
 */
export function insertOnEdge(desc: NodeDescription, x: number, y: number, id: string, edge: Connection): Command | null {
  if (!desc.inPorts.length || !desc.outPorts.length) return null;
  return {
    label: `Insert ${desc.name}`,
    ops: [
      { op: 'addNode', type: desc.type, id, x: Math.round(x), y: Math.round(y) },
      { op: 'disconnect', from: edge.from, to: edge.to },
      { op: 'connect', from: edge.from, to: endId(id, 0) },
      { op: 'connect', from: endId(id, 0), to: edge.to },
    ],
  };
}

export function setSettings(nodeId: string, nodeName: string, settings: Record<string, unknown>, variableSettings: Record<string, string>): Command {
  return { label: `Configure ${nodeName}`, ops: [{ op: 'setSettings', node: nodeId, settings, variableSettings }] };
}

export function setLabel(nodeId: string, label: string): Command {
  return { label: 'Rename node', ops: [{ op: 'setLabel', node: nodeId, label }] };
}

export function addAnnotation(a: Annotation): Command {
  return { label: 'Add annotation', ops: [{ op: 'addAnnotation', ...a }] };
}

export function updateAnnotation(a: Annotation): Command {
  return { label: 'Edit annotation', ops: [{ op: 'updateAnnotation', ...a }] };
}

export function paste(fragment: Fragment, dx: number, dy: number): Command {
  const n = fragment.nodes.length;
  return { label: n ? `Paste ${plural(n, 'node')}` : 'Paste', ops: [{ op: 'paste', fragment, dx: Math.round(dx), dy: Math.round(dy) }] };
}

/** Auto layout: every node that moves, in one moveNodes op (one undo entry). */
export function layout(snapshot: Snapshot, positions: Map<string, { x: number; y: number }>): Command | null {
  const moves = snapshot.nodes
    .filter((n) => positions.has(n.id))
    .map((n) => ({ id: n.id, ...positions.get(n.id)! }))
    .map((m) => ({ id: m.id, x: Math.round(m.x), y: Math.round(m.y) }))
    .filter((m) => {
      const n = snapshot.nodes.find((k) => k.id === m.id)!;
      return n.position.x !== m.x || n.position.y !== m.y;
    });
  return moves.length ? moveNodes(moves, 'Auto layout') : null;
}

export function setVariables(variables: Snapshot['variables']): Command {
  return { label: 'Edit workflow variables', ops: [{ op: 'setVariables', variables }] };
}
