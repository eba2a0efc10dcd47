// One node on the canvas: typed ports coloured by type, flow-variable ports, traffic light, warning/error marker,
// progress bar while running, execution time after a run, loop badge with the live iteration, missing state.
import { memo } from 'react';
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import type { WfNode } from '../state/types';
import { formatMillis, trafficLight } from '../state/workflowState';
import { NODE_WIDTH, PORT_SPACING, nodeHeight } from '../state/layout';

export type SfNodeData = { node: WfNode; icon: string | null; loopRole: 'start' | 'end' | null };
export type SfFlowNode = Node<SfNodeData, 'sf'>;

const LIGHT_TITLE: Record<string, string> = {
  red: 'Not configured / idle', yellow: 'Configured', green: 'Executed', failed: 'Failed', running: 'Executing', queued: 'Queued',
};

function portTop(i: number, count: number, height: number): number {
  const span = (count - 1) * PORT_SPACING;
  return height / 2 - span / 2 + i * PORT_SPACING + 8;
}

export const NodeView = memo(function NodeView({ data, selected }: NodeProps<SfFlowNode>) {
  const n = data.node;
  const h = nodeHeight(n.inPorts.length, n.outPorts.length);
  const light = trafficLight(n);
  const errors = n.messages.filter((m) => m.level === 'error');
  const warnings = n.messages.filter((m) => m.level === 'warning');
  const title = n.label || n.name;
  return (
    <div
      className={`sf-node${selected ? ' selected' : ''}${n.missing ? ' missing' : ''} state-${n.state}`}
      style={{ width: NODE_WIDTH, height: h }}
      data-node-id={n.id}
      data-state={n.state}
      title={n.missing ? n.missingReason ?? 'Missing node' : `${n.name} (${n.id})`}
    >
      <Handle type="target" id="flow" position={Position.Top} className="sf-port flow" style={{ left: 14 }} title="Flow variables in" />
      <Handle type="source" id="flow" position={Position.Top} className="sf-port flow" style={{ left: NODE_WIDTH - 14 }} title="Flow variables out" />
      {n.inPorts.map((p, i) => (
        <Handle key={`in-${i}`} type="target" id={`${i}`} position={Position.Left}
          className={`sf-port${p.optional ? ' optional' : ''}`}
          style={{ top: portTop(i, n.inPorts.length, h), background: p.optional ? '#fff' : p.color, borderColor: p.color }}
          title={`${p.name} (${p.typeName})${p.optional ? ', optional' : ''}`} />
      ))}
      {n.outPorts.map((p, i) => (
        <Handle key={`out-${i}`} type="source" id={`${i}`} position={Position.Right} className="sf-port"
          style={{ top: portTop(i, n.outPorts.length, h), background: p.color, borderColor: p.color }}
          title={`${p.name} (${p.typeName})`} />
      ))}
      <div className="sf-node-name">{title}</div>
      <div className="sf-node-body">
        {data.icon && !n.missing
          ? <img className="sf-node-icon" alt="" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(data.icon)}`} />
          : <span className="sf-node-icon placeholder">{n.missing ? '?' : n.name.slice(0, 1)}</span>}
        {data.loopRole && <span className="sf-loop-badge" title={`Loop ${data.loopRole}`}>{data.loopRole === 'start' ? '⟲' : '⟳'}</span>}
      </div>
      <div className="sf-node-status">
        <span className={`sf-light ${light}`} title={LIGHT_TITLE[light]} data-light={light}>
          <i /><i /><i />
        </span>
        {errors.length > 0 && <span className="sf-marker error" title={errors.map((m) => m.text).join('\n')}>✖</span>}
        {warnings.length > 0 && <span className="sf-marker warning" title={warnings.map((m) => m.text).join('\n')}>⚠</span>}
        {n.iteration != null && <span className="sf-iteration" title="Current loop iteration">#{n.iteration}</span>}
        {n.state === 'executed' && n.executionMillis != null && <span className="sf-time">{formatMillis(n.executionMillis)}</span>}
      </div>
      {n.state === 'executing' && (
        <div className="sf-progress" title={n.progress?.message ?? 'Executing'}>
          <div className={`bar${n.progress?.fraction == null ? ' indeterminate' : ''}`}
            style={n.progress?.fraction != null ? { width: `${Math.round(n.progress.fraction * 100)}%` } : undefined} />
        </div>
      )}
      {n.missing && <div className="sf-missing-label">missing</div>}
      <div className="sf-node-id">{n.label ? n.name : n.id}</div>
    </div>
  );
});

export type AnnotationData = { text: string; color: string; width: number; height: number; onEdit: (text: string) => void };
export type AnnotationFlowNode = Node<AnnotationData, 'annotation'>;

export const AnnotationView = memo(function AnnotationView({ data, selected }: NodeProps<AnnotationFlowNode>) {
  return (
    <div className={`sf-annotation${selected ? ' selected' : ''}`}
      style={{ width: data.width, height: data.height, borderColor: data.color, background: `${data.color}22` }}
      onDoubleClick={(e) => {
        e.stopPropagation();
        const text = window.prompt('Annotation text', data.text);
        if (text != null && text !== data.text) data.onEdit(text);
      }}>
      {data.text || <span className="placeholder">Double-click to edit</span>}
    </div>
  );
});
