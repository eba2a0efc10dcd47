// Auto layout with ELK (layered, left to right). The ELK graph is built here (pure, tested); elkjs itself is
// loaded only when the user asks for a layout (it is 2 MB).
import type { Snapshot } from './types';
import { parseEnd } from './workflowState';

export const NODE_WIDTH = 124;
export const NODE_BASE_HEIGHT = 72;
export const PORT_SPACING = 15;

export function nodeHeight(inPorts: number, outPorts: number): number {
  return Math.max(NODE_BASE_HEIGHT, 36 + Math.max(inPorts, outPorts) * PORT_SPACING);
}

export interface ElkGraph {
  id: string;
  layoutOptions: Record<string, string>;
  children: { id: string; width: number; height: number }[];
  edges: { id: string; sources: string[]; targets: string[] }[];
}

export function elkGraph(snapshot: Snapshot): ElkGraph {
  const ids = new Set(snapshot.nodes.map((n) => n.id));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: snapshot.nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: nodeHeight(n.inPorts.length, n.outPorts.length) })),
    edges: snapshot.connections
      .map((c) => ({ id: c.id, sources: [parseEnd(c.from).node], targets: [parseEnd(c.to).node] }))
      .filter((e) => ids.has(e.sources[0]) && ids.has(e.targets[0])),
  };
}

/** Positions from ELK's result, shifted so the layout starts where the old top-left node was. */
export function positionsFrom(result: { children?: { id: string; x?: number; y?: number }[] }, snapshot: Snapshot): Map<string, { x: number; y: number }> {
  const minX = Math.min(...snapshot.nodes.map((n) => n.position.x), Infinity);
  const minY = Math.min(...snapshot.nodes.map((n) => n.position.y), Infinity);
  const ox = Number.isFinite(minX) ? minX : 0;
  const oy = Number.isFinite(minY) ? minY : 0;
  const out = new Map<string, { x: number; y: number }>();
  for (const c of result.children ?? []) out.set(c.id, { x: Math.round((c.x ?? 0) + ox), y: Math.round((c.y ?? 0) + oy) });
  return out;
}

/** Runs ELK (loaded on first use) and returns the new positions. */
export async function autoLayout(snapshot: Snapshot): Promise<Map<string, { x: number; y: number }>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const result = await elk.layout(elkGraph(snapshot) as any);
  return positionsFrom(result as any, snapshot);
}
