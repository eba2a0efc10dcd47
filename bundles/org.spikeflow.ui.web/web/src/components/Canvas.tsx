// The workflow canvas on React Flow. The server's snapshot is the truth; the canvas keeps only what is in motion
// (positions while dragging, the selection) and turns gestures into commands (one command = one undo entry).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ReactFlow, Controls, MiniMap, applyNodeChanges, useReactFlow, useStore,
  type Edge, type Node, type NodeChange, type Connection as RfConnection, type OnSelectionChangeParams,
} from '@xyflow/react';
import type { Annotation, Command, Connection, NodeDescription, PortType, Snapshot } from '../state/types';
import { AnnotationView, NodeView, type SfNodeData } from './NodeView';
import { endId, parseEnd } from '../state/workflowState';
import { checkConnection } from '../state/ports';
import * as commands from '../state/commands';
import { NODE_WIDTH, nodeHeight } from '../state/layout';

const nodeTypes = { sf: NodeView, annotation: AnnotationView };
const FAR_ZOOM = 0.45;
export const NODE_DRAG_MIME = 'application/x-spikeflow-node';

export interface CanvasProps {
  snapshot: Snapshot;
  descriptions: Map<string, NodeDescription>;
  portTypes: PortType[];
  onCommand(c: Command): void;
  onMessage(text: string): void;
  onConfigure(nodeId: string): void;
  onSelection(nodeIds: string[], annotationIds: string[]): void;
  onNodeMenu(nodeId: string, x: number, y: number): void;
  onQuickAdd(screen: { x: number; y: number }, flow: { x: number; y: number }): void;
  onOpenOutput(nodeId: string, port: number | 'flow'): void;
}

type AnyNode = Node<any>;

function toFlowNodes(s: Snapshot, descriptions: Map<string, NodeDescription>, selected: Set<string>, editAnnotation: (a: Annotation, text: string) => void): AnyNode[] {
  const annotations: AnyNode[] = s.annotations.map((a) => ({
    id: `annotation:${a.id}`, type: 'annotation', position: { x: a.x, y: a.y }, zIndex: -1,
    selected: selected.has(`annotation:${a.id}`),
    data: { text: a.text, color: a.color || '#e0c040', width: a.width, height: a.height, onEdit: (t: string) => editAnnotation(a, t) },
  }));
  const nodes: AnyNode[] = s.nodes.map((n) => {
    const d = descriptions.get(n.type);
    const data: SfNodeData = { node: n, icon: d?.icon ?? null, loopRole: d?.loopRole ?? null };
    return { id: n.id, type: 'sf', position: n.position, data, selected: selected.has(n.id), width: NODE_WIDTH, height: nodeHeight(n.inPorts.length, n.outPorts.length) };
  });
  return [...annotations, ...nodes];
}

function toEdges(s: Snapshot): Edge[] {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const edges: Edge[] = s.connections.map((c) => {
    const f = parseEnd(c.from);
    const t = parseEnd(c.to);
    const flow = f.port === 'flow';
    const color = flow ? '#d33' : byId.get(f.node)?.outPorts[f.port as number]?.color ?? '#888';
    return {
      id: c.id, source: f.node, sourceHandle: String(f.port), target: t.node, targetHandle: String(t.port),
      style: { stroke: color, strokeWidth: 2, strokeDasharray: flow ? '4 3' : undefined },
      className: flow ? 'flow-edge' : undefined,
    };
  });
  // loop start and end drawn as a linked pair, with the live iteration
  for (const n of s.nodes) {
    if (n.loopPartner && byId.has(n.loopPartner) && n.id < n.loopPartner) {
      const [a, b] = [n, byId.get(n.loopPartner)!];
      const start = a.position.x <= b.position.x ? a : b;
      const end = start === a ? b : a;
      edges.push({
        id: `loop:${start.id}:${end.id}`, source: start.id, target: end.id, sourceHandle: 'flow', targetHandle: 'flow',
        type: 'smoothstep', selectable: false, deletable: false, focusable: false, className: 'loop-link', zIndex: -1,
        label: start.iteration != null ? `iteration ${start.iteration}` : 'loop',
        style: { stroke: '#7a5cc2', strokeWidth: 1.5, strokeDasharray: '2 4' },
        labelStyle: { fill: '#7a5cc2', fontWeight: 600 }, labelBgStyle: { fill: '#f4f0fb' },
      });
    }
  }
  return edges;
}

/** Distance from p to the segment a-b. */
function segmentDistance(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x, dy = b.y - a.y;
  const len2 = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The workflow node ids and annotation ids among canvas nodes (e.g. the selected ones). */
export function selectionOf(canvasNodes: { id: string; type?: string }[]): { nodes: string[]; annotations: string[] } {
  return {
    nodes: canvasNodes.filter((n) => n.type === 'sf').map((n) => n.id),
    annotations: canvasNodes.filter((n) => n.type === 'annotation').map((n) => n.id.slice('annotation:'.length)),
  };
}

/** The data connection nearest to a drop point (within 30 px), for inserting a node into it. */
export function edgeAt(s: Snapshot, p: { x: number; y: number }): Connection | null {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  let best: Connection | null = null;
  let bestD = 30;
  for (const c of s.connections) {
    const f = parseEnd(c.from), t = parseEnd(c.to);
    if (f.port === 'flow') continue;
    const a = byId.get(f.node), b = byId.get(t.node);
    if (!a || !b) continue;
    const pa = { x: a.position.x + NODE_WIDTH, y: a.position.y + nodeHeight(a.inPorts.length, a.outPorts.length) / 2 };
    const pb = { x: b.position.x, y: b.position.y + nodeHeight(b.inPorts.length, b.outPorts.length) / 2 };
    const d = segmentDistance(p, pa, pb);
    if (d < bestD) { bestD = d; best = c; }
  }
  return best;
}

export function Canvas(props: CanvasProps) {
  const { snapshot, descriptions, portTypes, onCommand, onMessage } = props;
  const rf = useReactFlow();
  const editAnnotation = useCallback((a: Annotation, text: string) => onCommand(commands.updateAnnotation({ ...a, text })), [onCommand]);
  const [nodes, setNodes] = useState<AnyNode[]>(() => toFlowNodes(snapshot, descriptions, new Set(), editAnnotation));
  const edges = useMemo(() => toEdges(snapshot), [snapshot]);

  // A rebuild keeps the selection the nodes themselves carry: a click selects a node in this state at once, while
  // onSelectionChange follows a render later, so a snapshot arriving in between must not drop it.
  // Another workflow starts with nothing selected (its node ids may equal the old one's).
  const workflowRef = useRef(snapshot.id);
  useEffect(() => {
    const sameWorkflow = workflowRef.current === snapshot.id;
    workflowRef.current = snapshot.id;
    setNodes((ns) => toFlowNodes(snapshot, descriptions,
      sameWorkflow ? new Set(ns.filter((n) => n.selected).map((n) => n.id)) : new Set(), editAnnotation));
  }, [snapshot, descriptions, editAnnotation]);

  const onNodesChange = useCallback((changes: NodeChange<AnyNode>[]) => {
    // removal goes through the Delete command of the app (one undo entry), never React Flow's own
    setNodes((ns) => applyNodeChanges(changes.filter((c) => c.type !== 'remove'), ns));
  }, []);

  const onSelectionChange = useCallback(({ nodes: sel }: OnSelectionChangeParams) => {
    const picked = selectionOf(sel);
    props.onSelection(picked.nodes, picked.annotations);
  }, [props.onSelection]);

  const onNodeDragStop = useCallback((_e: unknown, _n: AnyNode, dragged: AnyNode[]) => {
    const moves = dragged.filter((n) => n.type === 'sf').map((n) => ({ id: n.id, x: n.position.x, y: n.position.y }))
      .filter((m) => {
        const o = snapshot.nodes.find((k) => k.id === m.id);
        return o && (Math.round(m.x) !== o.position.x || Math.round(m.y) !== o.position.y);
      });
    const annotationOps = dragged.filter((n) => n.type === 'annotation').map((n) => {
      const a = snapshot.annotations.find((k) => `annotation:${k.id}` === n.id)!;
      return { op: 'updateAnnotation', ...a, x: Math.round(n.position.x), y: Math.round(n.position.y) };
    }).filter((op) => {
      const a = snapshot.annotations.find((k) => k.id === op.id)!;
      return a.x !== op.x || a.y !== op.y;
    });
    if (!moves.length && !annotationOps.length) return;
    const c = moves.length ? commands.moveNodes(moves) : { label: 'Move annotation', ops: [] };
    onCommand({ label: annotationOps.length && !moves.length ? (annotationOps.length > 1 ? `Move ${annotationOps.length} annotations` : 'Move annotation') : c.label, ops: [...c.ops, ...annotationOps] });
  }, [snapshot, onCommand]);

  const onConnect = useCallback((c: RfConnection) => {
    const from = endId(c.source, c.sourceHandle ?? '0');
    const to = endId(c.target, c.targetHandle ?? '0');
    const check = checkConnection(snapshot, from, to, portTypes);
    if (!check.ok) { onMessage(check.message); return; }
    onCommand(commands.connect(from, to));
  }, [snapshot, portTypes, onCommand, onMessage]);

  const onDrop = useCallback((e: React.DragEvent) => {
    const type = e.dataTransfer.getData(NODE_DRAG_MIME);
    if (!type) return;
    e.preventDefault();
    const desc = descriptions.get(type);
    if (!desc) return;
    const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const id = commands.newNodeId(type, snapshot.nodes.map((n) => n.id));
    const h = nodeHeight(desc.inPorts.length, desc.outPorts.length);
    const pos = { x: p.x - NODE_WIDTH / 2, y: p.y - h / 2 };
    const edge = edgeAt(snapshot, p);
    const insert = edge ? commands.insertOnEdge(desc, pos.x, pos.y, id, edge) : null;
    if (insert) {
      const e1 = checkConnection({ ...snapshot, nodes: [...snapshot.nodes, { ...fakeNode(id, desc) }] }, edge!.from, endId(id, 0), portTypes);
      const e2 = checkConnection({ ...snapshot, nodes: [...snapshot.nodes, { ...fakeNode(id, desc) }], connections: snapshot.connections.filter((c) => c.id !== edge!.id) }, endId(id, 0), edge!.to, portTypes);
      if (e1.ok && e2.ok) { onCommand(insert); return; }
      onMessage(`Not inserted into the connection: ${!e1.ok ? e1.message : (e2 as any).message}`);
    }
    onCommand(commands.addNode(desc, pos.x, pos.y, id));
  }, [descriptions, rf, snapshot, portTypes, onCommand, onMessage]);

  const onDoubleClick = useCallback((e: React.MouseEvent) => {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('react-flow__pane')) return;
    props.onQuickAdd({ x: e.clientX, y: e.clientY }, rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  }, [rf, props.onQuickAdd]);

  const big = snapshot.nodes.length > 1000;
  // zoomed far out, text is unreadable: nodes drop their labels and icons (painting them made panning slow);
  // the selector is a boolean, so the canvas re-renders only when the zoom crosses the threshold
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);
  return (
    <div className={`sf-canvas${far ? ' far' : ''}`} onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; }} onDrop={onDrop} onDoubleClick={onDoubleClick}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onNodeDoubleClick={(_e, n) => n.type === 'sf' && props.onConfigure(n.id)}
        onNodeContextMenu={(e, n) => { if (n.type === 'sf') { e.preventDefault(); props.onNodeMenu(n.id, e.clientX, e.clientY); } }}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        onlyRenderVisibleElements={big}
        minZoom={0.1}
        maxZoom={2.5}
        defaultViewport={{ x: 40, y: 40, zoom: 1 }}
        proOptions={{ hideAttribution: true }}
      >
        <MiniMap pannable zoomable nodeColor={(n) => minimapColor(n)} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

function minimapColor(n: AnyNode): string {
  if (n.type === 'annotation') return '#f3e6a8';
  const s = (n.data as SfNodeData).node.state;
  return s === 'executed' ? '#3a3' : s === 'failed' ? '#c33' : s === 'executing' ? '#39c' : s === 'configured' ? '#db3' : '#bbb';
}

function fakeNode(id: string, d: NodeDescription) {
  return {
    id, type: d.type, name: d.name, label: null, missing: false, missingReason: null, position: { x: 0, y: 0 }, state: 'idle' as const,
    messages: [], progress: null, executionMillis: null, inPorts: d.inPorts, outPorts: d.outPorts, settings: {}, variableSettings: {},
    loopPartner: null, iteration: null,
  };
}
